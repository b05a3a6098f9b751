package org.cercle.feed.article;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.cercle.feed.tag.Tags;

@Controller
class ArticleController {

	private final ArticleQueries queries;

	private final ArticleStream stream;

	private final Tags tags;

	ArticleController(ArticleQueries queries, ArticleStream stream, Tags tags) {
		this.queries = queries;
		this.stream = stream;
		this.tags = tags;
	}

	@GetMapping("/articles")
	String list(@RequestParam(name = "avant", required = false) @Nullable String before, Model model) {
		model.addAttribute("page", stream.articles(null, before));
		model.addAttribute("continued", before != null);
		return "feed/articles/list";
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		var article = queries.detail(slug);
		var baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("article", article);
		model.addAttribute("jsonLd", BlogPostingJsonLd.of(article, baseUrl, "Cercle"));
		return "feed/articles/detail";
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
