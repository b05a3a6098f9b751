package org.cercle.feed.article;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.shared.Markdown;
import org.cercle.feed.Link;
import org.cercle.feed.image.Figures;
import org.cercle.feed.image.ImageUpload;
import org.cercle.shared.Refusal.Kind;

/** Reads what the article pages show; only published articles are ever visible here. */
@Service
@Transactional(readOnly = true)
public class ArticleQueries {

	static final int RELATED_COUNT = 3;

	private final Articles articles;

	private final ArticleCards cards;

	private final OldSlugs oldSlugs;

	private final ImageUpload images;

	private final ArticleWriteUps writeUps;

	private final Figures figures;

	ArticleQueries(Articles articles, ArticleCards cards, OldSlugs oldSlugs, ImageUpload images,
			ArticleWriteUps writeUps, Figures figures) {
		this.figures = figures;
		this.writeUps = writeUps;
		this.images = images;
		this.oldSlugs = oldSlugs;
		this.articles = articles;
		this.cards = cards;
	}

	/**
	 * Alike for every visitor, so kept between requests until the content changes (see
	 * the app's ContentCaches).
	 */
	@Cacheable(cacheNames = "article-details", sync = true)
	public ArticleDetail detail(String slug) {
		var article = articles.findPublished(slug)
			.orElseThrow(() -> new ArticleRefused(Kind.NOT_FOUND, "feed.error.article-not-found"));
		var at = article.publishedAt();
		var previous = articles.publishedBefore(at, article.id(), Limit.of(1)).stream().findFirst();
		var next = articles.publishedAfter(at, article.id(), Limit.of(1)).stream().findFirst();
		var body = figures.enrich(article.bodyHtml());
		return new ArticleDetail(article.id(), article.authorId(), cards.of(article), body, article.updatedAt(),
				previous.map(ArticleQueries::link).orElse(null), next.map(ArticleQueries::link).orElse(null),
				cards.of(articles.related(article.id(), RELATED_COUNT)), article.revisedAt(),
				article.coverId() == null ? null : ImageUpload.path(article.coverId()),
				article.coverAlt() == null ? "" : article.coverAlt(),
				article.coverId() == null ? null : images.size(article.coverId()).orElse(null),
				ArticleDetail.worthShowing(article.summary(), body), writeUps.eventsReportedBy(article.id()));
	}

	/** The current slug of a published article that used to have this one. */
	public java.util.Optional<String> movedFrom(String slug) {
		return oldSlugs.currentSlugOf(slug);
	}

	private static Link link(Article article) {
		return new Link(article.title(), "/articles/" + article.slug());
	}

}
