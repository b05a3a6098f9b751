package org.cercle.feed.article;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.feed.Link;
import org.cercle.feed.PublishedArticles;
import org.cercle.feed.image.Figures;
import org.cercle.feed.image.ImageUpload;
import org.cercle.shared.Refusal;

/** Published articles for the social web, from the same reads as their pages. */
@Service
@Transactional(readOnly = true)
class FederatedArticles implements PublishedArticles {

	private final Articles articles;

	private final ArticleQueries queries;

	private final Figures figures;

	FederatedArticles(Articles articles, ArticleQueries queries, Figures figures) {
		this.articles = articles;
		this.queries = queries;
		this.figures = figures;
	}

	@Override
	// the read has a transaction of its own: its refusal (not published) rolls back
	// nothing of ours
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Optional<Published> find(String slug) {
		try {
			var detail = queries.detail(slug);
			var card = detail.card();
			return Optional
				.of(new Published(slug, card.title(), card.summary(), card.path(), detail.bodyHtml(), card.at(),
						detail.updatedAt(), detail.authorId(), card.tags(), detail.coverPath(), detail.coverAlt()));
		}
		catch (Refusal notPublished) {
			return Optional.empty();
		}
	}

	@Override
	public List<Published> newest(@Nullable MemberId author, int max) {
		var found = author == null ? articles.newest(Limit.of(max))
				: articles.publishedBy(author.value(), Limit.of(max));
		return found.stream().map(this::published).toList();
	}

	@Override
	public long count() {
		return articles.countPublished();
	}

	private Published published(Article article) {
		return new Published(article.slug(), article.title(), article.summary(), "/articles/" + article.slug(),
				figures.enrich(article.bodyHtml()), article.publishedAt(), article.updatedAt(), article.authorId(),
				article.sortedTags().stream().map(tag -> new Link(tag.name(), "/tags/" + tag.slug())).toList(),
				article.coverId() == null ? null : ImageUpload.path(article.coverId()),
				article.coverAlt() == null ? "" : article.coverAlt());
	}

}
