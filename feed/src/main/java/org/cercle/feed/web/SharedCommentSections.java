package org.cercle.feed.web;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.CacheManager;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.ViewResolver;

import org.cercle.feed.article.ArticleDetail;
import org.cercle.feed.comment.CommentThreads;
import org.cercle.shared.web.CapturedResponse;
import org.cercle.shared.web.SharedPage;

/**
 * A signed-in member's comment section, rendered once per content generation for every
 * member who sees it alike ({@link CommentThreads#sharedShape}: nothing of theirs in it),
 * with {@link SharedPage}'s placeholders where each member's own values go — the form's
 * CSRF token and the anti-bot time stamp. The page that holds it is then a
 * {@link SharedPage} of that shape, and the placeholders are filled for each request with
 * the rest of the page's. A member with a comment or a report in the thread gets a
 * section rendered for them alone.
 */
@Component
class SharedCommentSections {

	private final CommentThreads threads;

	// looked up once: a lookup by type on every request cost more than the section
	private final Supplier<@Nullable CacheManager> caches;

	private final Supplier<@Nullable ViewResolver> views;

	SharedCommentSections(CommentThreads threads, ObjectProvider<CacheManager> caches,
			@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views) {
		this.threads = threads;
		this.caches = SingletonSupplier.of(caches::getIfAvailable);
		this.views = SingletonSupplier.of(views::getIfAvailable);
	}

	/**
	 * The section's HTML with the placeholders, and its shape; null when it must be
	 * rendered for this member alone.
	 */
	@Nullable Section section(ArticleDetail article, UUID viewer, boolean admin, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var cacheManager = caches.get();
		var resolver = views.get();
		var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (cacheManager == null || resolver == null || token == null) {
			return null;
		}
		var shape = threads.sharedShape(article.id(), article.authorId(), viewer, admin);
		if (shape.isEmpty()) {
			return null;
		}
		var key = article.id() + ":" + locale.toLanguageTag() + ":" + shape.get();
		var shared = cacheManager.getCache("comment-sections")
			.get(key, () -> render(article, viewer, admin, locale, request, response));
		return shared == null ? null : new Section(shared, "comments:" + shape.get());
	}

	/** A section as every member of its shape sees it, placeholders included. */
	record Section(String html, String shape) {
	}

	/** Renders the section with placeholders for the member's own values. */
	private String render(ArticleDetail article, UUID viewer, boolean admin, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		var resolver = views.get();
		var view = resolver == null ? null : resolver.resolveViewName("feed/comments/section", locale);
		if (view == null) {
			throw new IllegalStateException("no view feed/comments/section");
		}
		var model = new HashMap<String, Object>();
		model.put("comments", threads.of(article.id(), article.authorId(), viewer, admin));
		model.put("slug", article.slug());
		model.put("formStamp", SharedPage.STAMP_PLACEHOLDER);
		var placeholder = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", SharedPage.CSRF_PLACEHOLDER);
		var realToken = request.getAttribute(CsrfToken.class.getName());
		var realParameter = request.getAttribute("_csrf");
		request.setAttribute(CsrfToken.class.getName(), placeholder);
		request.setAttribute("_csrf", placeholder);
		var html = new StringWriter();
		try {
			view.render(model, request, new CapturedResponse(response, html));
		}
		finally {
			request.setAttribute(CsrfToken.class.getName(), realToken);
			request.setAttribute("_csrf", realParameter);
		}
		return html.toString();
	}

}
