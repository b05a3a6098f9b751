package org.cercle.feed.web;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

import org.cercle.community.Role;
import org.cercle.community.Viewer;
import org.cercle.feed.comment.CommentThreads;
import org.cercle.feed.tag.Tags;
import org.cercle.shared.web.SharedPage;

import org.cercle.feed.article.ArticleDetail;
import org.cercle.feed.article.ArticleQueries;
import org.cercle.feed.article.ArticleRefused;
import org.cercle.feed.article.ArticleStream;

@Controller
class ArticleController {

	private final ArticleQueries queries;

	private final ArticleStream stream;

	private final Tags tags;

	private final CommentThreads comments;

	private final SharedCommentSections sections;

	ArticleController(ArticleQueries queries, ArticleStream stream, Tags tags, CommentThreads comments,
			SharedCommentSections sections) {
		this.queries = queries;
		this.sections = sections;
		this.stream = stream;
		this.tags = tags;
		this.comments = comments;
	}

	@GetMapping("/articles")
	String list(@RequestParam(name = "avant", required = false) @Nullable String before, Model model) {
		model.addAttribute("page", stream.articles(null, before));
		model.addAttribute("continued", before != null);
		SharedPage.share(model, "");
		return "feed/articles/list";
	}

	@GetMapping("/articles/{slug}")
	ModelAndView show(@PathVariable String slug, @Nullable Authentication authentication, Model model,
			java.util.Locale locale, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		ArticleDetail article;
		try {
			article = queries.detail(slug);
		}
		catch (ArticleRefused notFound) {
			var moved = queries.movedFrom(slug).orElseThrow(() -> notFound);
			var redirect = new RedirectView("/articles/" + moved, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			return new ModelAndView(redirect);
		}
		var viewer = Viewer.memberId(authentication);
		var admin = Viewer.holds(authentication, Role.ADMIN);
		var shared = viewer == null ? null : sections.section(article, viewer, admin, locale, request, response);
		if (shared != null) {
			model.addAttribute("commentsHtml", shared.html());
			SharedPage.share(model, shared.shape());
		}
		else {
			model.addAttribute("comments", comments.of(article.id(), article.authorId(), viewer, admin));
		}
		var baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("article", article);
		// written only when the page is rendered, not when a member's copy of it is
		// filled
		model.addAttribute("jsonLd", SingletonSupplier.of(() -> BlogPostingJsonLd.of(article, baseUrl, "Cercle")));
		return new ModelAndView("feed/articles/detail", model.asMap());
	}

	@GetMapping("/tags/{slug}")
	String tag(@PathVariable String slug, @RequestParam(name = "avant", required = false) @Nullable String before,
			Model model) {
		var tag = tags.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.error.tag-not-found"));
		model.addAttribute("tag", tag.view());
		model.addAttribute("page", stream.articles(tag.id(), before));
		model.addAttribute("continued", before != null);
		return "feed/tags/detail";
	}

}
