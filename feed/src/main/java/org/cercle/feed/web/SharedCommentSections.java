package org.cercle.feed.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.CacheManager;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ViewResolver;

import org.cercle.community.FormTimer;
import org.cercle.feed.article.ArticleDetail;
import org.cercle.feed.comment.CommentThreads;

/**
 * A signed-in member's comment section, rendered once per content generation for every
 * member who sees it alike ({@link CommentThreads#sharedShape}: nothing of theirs in it),
 * with placeholders where each member's own values go — the form's CSRF token and the
 * anti-bot time stamp — which are filled for each request. A member with a comment or a
 * report in the thread gets a section rendered for them alone.
 */
@Component
class SharedCommentSections {

	// random for each start, so that no text written by a member can hold them
	static final String CSRF_PLACEHOLDER = "csrf-" + UUID.randomUUID();

	static final String STAMP_PLACEHOLDER = "0." + UUID.randomUUID();

	private final CommentThreads threads;

	private final ObjectProvider<CacheManager> caches;

	private final ObjectProvider<ViewResolver> views;

	private final FormTimer formTimer;

	SharedCommentSections(CommentThreads threads, ObjectProvider<CacheManager> caches,
			@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views, FormTimer formTimer) {
		this.threads = threads;
		this.caches = caches;
		this.views = views;
		this.formTimer = formTimer;
	}

	/**
	 * The section's HTML for this member, or null when it must be rendered for them
	 * alone.
	 */
	@Nullable String html(ArticleDetail article, UUID viewer, boolean admin, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var cacheManager = caches.getIfAvailable();
		var resolver = views.getIfAvailable();
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
		return shared == null ? null
				: shared.replace(CSRF_PLACEHOLDER, token.getToken()).replace(STAMP_PLACEHOLDER, formTimer.stamp());
	}

	/** Renders the section with placeholders for the member's own values. */
	private String render(ArticleDetail article, UUID viewer, boolean admin, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		var view = views.getObject().resolveViewName("feed/comments/section", locale);
		if (view == null) {
			throw new IllegalStateException("no view feed/comments/section");
		}
		var model = new HashMap<String, Object>();
		model.put("comments", threads.of(article.id(), article.authorId(), viewer, admin));
		model.put("slug", article.slug());
		model.put("formStamp", STAMP_PLACEHOLDER);
		var placeholder = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", CSRF_PLACEHOLDER);
		var realToken = request.getAttribute(CsrfToken.class.getName());
		var realParameter = request.getAttribute("_csrf");
		request.setAttribute(CsrfToken.class.getName(), placeholder);
		request.setAttribute("_csrf", placeholder);
		var html = new StringWriter();
		try {
			view.render(model, request, new Captured(response, new PrintWriter(html)));
		}
		finally {
			request.setAttribute(CsrfToken.class.getName(), realToken);
			request.setAttribute("_csrf", realParameter);
		}
		return html.toString();
	}

	/** A response whose body is kept in memory; headers still go to the real response. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Captured(HttpServletResponse response, PrintWriter writer) {
			super(response);
			this.writer = writer;
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public void setContentType(String type) {
			// the page's own type stands
		}

	}

}
