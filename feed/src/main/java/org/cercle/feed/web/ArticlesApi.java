package org.cercle.feed.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import org.cercle.feed.Link;
import org.cercle.feed.StreamItem;
import org.cercle.feed.article.ArticleQueries;
import org.cercle.feed.article.ArticleStream;
import org.cercle.feed.tag.Tags;
import org.cercle.shared.web.ApiPage;
import org.cercle.shared.web.JsonApi;
import org.cercle.shared.web.PublicAddress;

/**
 * The read-only JSON API of articles and tags: what the pages show anyone, published
 * articles only, ten a page, newest first.
 */
@RestController
@JsonApi
class ArticlesApi {

	static final int TAGS_PAGE = 50;

	private final ArticleStream stream;

	private final ArticleQueries articles;

	private final Tags tags;

	private final PublicAddress address;

	ArticlesApi(ArticleStream stream, ArticleQueries articles, Tags tags, PublicAddress address) {
		this.stream = stream;
		this.articles = articles;
		this.tags = tags;
		this.address = address;
	}

	/** Published articles, newest first; {@code tag} (a tag's slug) keeps one tag's. */
	@GetMapping("/api/v1/articles")
	ApiPage<ArticleJson> articles(@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String apres) {
		UUID tagId = null;
		if (tag != null) {
			tagId = tags.findBySlug(tag)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.error.tag-not-found"))
				.id();
		}
		var page = stream.articles(tagId, apres);
		var next = page.older() == null ? null
				: UriComponentsBuilder.fromUriString(address.base() + "/api/v1/articles")
					.queryParamIfPresent("tag", java.util.Optional.ofNullable(tag))
					.queryParam("apres", page.older())
					.encode()
					.toUriString();
		return new ApiPage<>(page.items().stream().map(this::json).toList(), next);
	}

	/** One published article, with its sanitised HTML. */
	@GetMapping("/api/v1/articles/{slug}")
	FullArticleJson article(@PathVariable String slug) {
		var detail = articles.detail(slug);
		var card = json(detail.card());
		return new FullArticleJson(card.slug(), card.title(), card.summary(), card.url(), card.publishedAt(),
				detail.updatedAt(), card.author(), card.readingMinutes(), card.tags(),
				detail.coverPath() == null ? null : address.base() + detail.coverPath(), detail.coverAlt(),
				detail.bodyHtml());
	}

	/** Tags in use, by slug, fifty a page. */
	@GetMapping("/api/v1/tags")
	ApiPage<TagJson> tags(@RequestParam(required = false) @Nullable String apres) {
		var found = tags.pageAfter(apres == null ? "" : apres, TAGS_PAGE + 1);
		var shown = found.size() > TAGS_PAGE ? found.subList(0, TAGS_PAGE) : found;
		var next = found.size() > TAGS_PAGE ? UriComponentsBuilder.fromUriString(address.base() + "/api/v1/tags")
			.queryParam("apres", shown.get(shown.size() - 1).getSlug())
			.encode()
			.toUriString() : null;
		return new ApiPage<>(shown.stream()
			.map(t -> new TagJson(t.getSlug(), t.getName(), address.base() + "/tags/" + t.getSlug(), t.getArticles()))
			.toList(), next);
	}

	private ArticleJson json(StreamItem item) {
		var slug = item.path().substring("/articles/".length());
		var byline = item.byline();
		return new ArticleJson(slug, item.title(), item.summary(), address.base() + item.path(), item.at(),
				byline == null ? null : new AuthorJson(byline.label(), address.base() + byline.path()),
				item.readingMinutes(), item.tags().stream().map(this::tag).toList());
	}

	private TagJson tag(Link link) {
		return new TagJson(link.path().substring(link.path().lastIndexOf('/') + 1), link.label(),
				address.base() + link.path(), null);
	}

	/** An article as lists show it. */
	record ArticleJson(String slug, String title, String summary, String url, Instant publishedAt,
			@Nullable AuthorJson author, int readingMinutes, List<TagJson> tags) {
	}

	/** An article with its content (sanitised HTML, the same as its page's). */
	record FullArticleJson(String slug, String title, String summary, String url, Instant publishedAt,
			Instant updatedAt, @Nullable AuthorJson author, int readingMinutes, List<TagJson> tags,
			@Nullable String coverUrl, String coverAlt, String contentHtml) {
	}

	/** An article's author: their name and profile. */
	record AuthorJson(String name, String url) {
	}

	/** A tag; {@code articles}, its published articles, in the list of tags only. */
	record TagJson(String slug, String name, String url, @Nullable Long articles) {
	}

}
