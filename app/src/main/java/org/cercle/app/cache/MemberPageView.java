package org.cercle.app.cache;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import org.cercle.app.cache.MemberPage.Slot;
import org.cercle.community.Viewer;

/**
 * Writes a shared page ({@link MemberPages}) with this member's own values in it: their
 * CSRF token, the time the forms were shown, their name and their unread count.
 */
final class MemberPageView implements View {

	private final MemberPages pages;

	private final String viewName;

	private final String shape;

	MemberPageView(MemberPages pages, String viewName, String shape) {
		this.pages = pages;
		this.viewName = viewName;
		this.shape = shape;
	}

	@Override
	public String getContentType() {
		return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		var page = pages.page(viewName, shape, model == null ? Map.of() : model, request, response);
		var values = new EnumMap<Slot, byte[]>(Slot.class);
		for (var slot : page.slots()) {
			values.computeIfAbsent(slot, needed -> value(needed, model, request));
		}
		response.setContentType(getContentType());
		// a page with the member's token in it never matches another: no hash to compute
		ConditionalRequests.writtenWhole(request, response, page.length(values));
		page.writeTo(response.getOutputStream(), values);
	}

	private byte[] value(Slot slot, @Nullable Map<String, ?> model, HttpServletRequest request) {
		var text = switch (slot) {
			case CSRF_TOKEN ->
				request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token.getToken() : "";
			case FORM_STAMP -> pages.formStamp();
			case DISPLAY_NAME -> HtmlUtils.htmlEscape(
					String.valueOf(Viewer.displayName(SecurityContextHolder.getContext().getAuthentication())),
					"UTF-8");
			case UNREAD_BADGE -> pages.unreadBadge(request,
					model == null ? null : model.get("unreadNotifications") instanceof Long count ? count : null);
		};
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
