package org.cercle.app.cache;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.cercle.app.cache.MemberPage.Slot;
import org.cercle.community.Viewer;
import org.cercle.shared.web.CapturedResponse;
import org.cercle.shared.web.SharedPage;

/**
 * Renders a shared page as every member of its kind sees it: for a stand-in member with
 * the same roles, named by a placeholder, with placeholders for the CSRF token, the
 * forms' time stamps and the unread notifications.
 */
class MemberPageRenderer {

	// random for each start, so that no text written by a member can hold them
	static final String NAME_PLACEHOLDER = "name-" + UUID.randomUUID();

	static final String UNREAD_PLACEHOLDER = "<!--unread-" + UUID.randomUUID() + "-->";

	private static final Map<Slot, String> PLACEHOLDERS = Map.of(Slot.CSRF_TOKEN, SharedPage.CSRF_PLACEHOLDER,
			Slot.FORM_STAMP, SharedPage.STAMP_PLACEHOLDER, Slot.DISPLAY_NAME, NAME_PLACEHOLDER, Slot.UNREAD_BADGE,
			UNREAD_PLACEHOLDER);

	private static final String CSRF_ATTRIBUTE = CsrfToken.class.getName();

	private final ViewResolver views;

	MemberPageRenderer(ViewResolver views) {
		this.views = views;
	}

	MemberPage render(String viewName, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		var view = views.resolveViewName(viewName, RequestContextUtils.getLocale(request));
		if (view == null) {
			throw new IllegalStateException("no view " + viewName);
		}
		var member = SecurityContextHolder.getContext().getAuthentication();
		var placeheld = new HashMap<String, Object>(model);
		placeheld.put("formStamp", SharedPage.STAMP_PLACEHOLDER);
		placeheld.remove("unreadNotifications");
		placeheld.put("unreadSlot", UNREAD_PLACEHOLDER);
		var standIn = UsernamePasswordAuthenticationToken.authenticated(new MemberPagePrincipal(NAME_PLACEHOLDER), null,
				member == null ? java.util.List.of() : member.getAuthorities());
		var token = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", SharedPage.CSRF_PLACEHOLDER);
		var realContext = SecurityContextHolder.getDeferredContext();
		var realToken = request.getAttribute(CSRF_ATTRIBUTE);
		var realParameter = request.getAttribute("_csrf");
		var html = new StringWriter();
		try {
			SecurityContextHolder.setContext(new SecurityContextImpl(standIn));
			request.setAttribute(CSRF_ATTRIBUTE, token);
			request.setAttribute("_csrf", token);
			view.render(placeheld, request, new CapturedResponse(response, html));
		}
		finally {
			SecurityContextHolder.setDeferredContext(realContext);
			request.setAttribute(CSRF_ATTRIBUTE, realToken);
			request.setAttribute("_csrf", realParameter);
		}
		var text = html.toString();
		var id = Viewer.memberId(member);
		return MemberPage.cut(text, PLACEHOLDERS, id != null && text.contains(id.toString()));
	}

}
