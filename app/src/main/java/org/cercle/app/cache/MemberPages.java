package org.cercle.app.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.cercle.community.FormTimer;
import org.cercle.community.Viewer;
import org.cercle.shared.web.SharedPage;

/**
 * Signed-in members' pages that their controller declares {@link SharedPage shared}:
 * rendered once per content generation, language, set of roles and declared shape, with
 * placeholders where each member's own values go ({@link MemberPageView}), then reused
 * for every member of that kind with their values filled in. As with the anonymous
 * {@link PageCache}, a page is reused only while nothing readers see has changed since
 * its data was read, on any instance ({@link ContentChanges}), and for
 * {@code cercle.page-cache.ttl} at most.
 *
 * <p>
 * Never reused: a page shown after a form (flash attributes: a notice, errors), a request
 * other than GET, a page whose rendering holds the member's own id.
 */
class MemberPages implements HandlerInterceptor {

	private static final String GENERATION = MemberPages.class.getName() + ".generation";

	private final ContentChanges changes;

	private final MemberPageRenderer renderer;

	private final FormTimer formTimer;

	private final UnreadBadges badges;

	private final boolean enabled;

	private final Cache<String, MemberPage> pages;

	private final SingleFlight<MemberPage> rendering = new SingleFlight<>();

	/**
	 * @param enabled whether pages are kept (else each is rendered for its member, with
	 * the same placeholders filled)
	 */
	MemberPages(ContentChanges changes, MemberPageRenderer renderer, FormTimer formTimer, UnreadBadges badges,
			boolean enabled, Duration ttl, long maxBytes) {
		this.changes = changes;
		this.renderer = renderer;
		this.formTimer = formTimer;
		this.badges = badges;
		this.enabled = enabled;
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(ttl)
			.maximumWeight(maxBytes)
			.<String, MemberPage>weigher((key, page) -> key.length() * 2 + page.weight())
			.build();
	}

	/**
	 * Notes the content generation before the controller reads anything, so that a page
	 * rendered from data read while a change commits is never reused.
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("GET".equals(request.getMethod()) && changes.isListening()) {
			request.setAttribute(GENERATION, changes.generation());
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
				|| !(page.getModel().get(SharedPage.MODEL_ATTRIBUTE) instanceof String shape)) {
			return;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (Viewer.memberId(authentication) == null) {
			return;
		}
		page.setView(new MemberPageView(this, page.getViewName(), shape));
	}

	/**
	 * The page for this request: from memory when it may be, else rendered (and kept when
	 * it may be reused).
	 */
	MemberPage page(String viewName, String shape, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		var generation = (Long) request.getAttribute(GENERATION);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var reusable = enabled && generation != null && "GET".equals(request.getMethod())
				&& RequestContextUtils.getInputFlashMap(request) == null && authentication != null;
		if (!reusable) {
			return renderer.render(viewName, model, request, response);
		}
		var key = key(viewName, shape, request, authentication);
		var kept = pages.getIfPresent(key);
		if (kept != null && kept.generation() == generation && changes.isListening()
				&& changes.generation() == generation) {
			return kept;
		}
		var rendered = rendering.get(key, () -> {
			var page = renderer.render(viewName, model, request, response).at(generation);
			if (!page.personal()) {
				pages.put(key, page);
			}
			return page;
		}, page -> !page.personal() && page.generation() == generation);
		return rendered != null ? rendered : renderer.render(viewName, model, request, response);
	}

	/** How many pages are kept now (for operators and tests). */
	long keptPages() {
		pages.cleanUp();
		return pages.estimatedSize();
	}

	String formStamp() {
		return formTimer.stamp();
	}

	String unreadBadge(HttpServletRequest request, @Nullable Long count) {
		return count == null ? "" : badges.badge(RequestContextUtils.getLocale(request), count);
	}

	/** The view, the whole address, the language, the member's roles and the shape. */
	private static String key(String viewName, String shape, HttpServletRequest request,
			Authentication authentication) {
		var roles = new TreeSet<String>();
		authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
		var query = request.getQueryString();
		return viewName + "|" + request.getRequestURL() + (query == null ? "" : "?" + query) + "|"
				+ RequestContextUtils.getLocale(request).toLanguageTag().toLowerCase(Locale.ROOT) + "|" + roles + "|"
				+ shape;
	}

}
