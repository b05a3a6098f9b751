package org.cercle.feed.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;
import org.cercle.feed.Link;
import org.cercle.feed.StreamItem;

/**
 * Turns articles into the cards that list pages show, looking all their authors up in one
 * call.
 */
@Component
public class ArticleCards {

	private final MemberDirectory members;

	private final Articles articles;

	ArticleCards(MemberDirectory members, Articles articles) {
		this.members = members;
		this.articles = articles;
	}

	List<StreamItem> of(List<Article> articles) {
		var authors = authorsOf(articles);
		return articles.stream().map(article -> card(article, authors)).toList();
	}

	/** The cards of the published articles among the ids, by id. */
	public Map<UUID, StreamItem> published(Collection<UUID> ids) {
		var found = articles.findAllById(ids).stream().filter(Article::isPublished).toList();
		var authors = authorsOf(found);
		return found.stream().collect(Collectors.toMap(Article::id, article -> card(article, authors)));
	}

	StreamItem of(Article article) {
		return card(article, authorsOf(List.of(article)));
	}

	private Map<MemberId, MemberSummary> authorsOf(Collection<Article> articles) {
		return members.findAll(articles.stream().map(Article::authorId).toList());
	}

	private static StreamItem card(Article article, Map<MemberId, MemberSummary> authors) {
		var author = authors.get(article.authorId());
		var byline = author == null || author.deleted() ? null : new Link(author.displayName(), author.profilePath());
		var tags = article.sortedTags().stream().map(tag -> new Link(tag.name(), "/tags/" + tag.slug())).toList();
		return new StreamItem("article", article.title(), "/articles/" + article.slug(), article.summary(),
				article.publishedAt(), byline, article.readingMinutes(), tags, null, false);
	}

}
