package org.cercle.feed.article;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.feed.AuthorArticles;

/** An author's published articles, newest first (indexed by author and date). */
@Service
@Transactional(readOnly = true)
class PublishedByAuthor implements AuthorArticles {

	private final Articles articles;

	PublishedByAuthor(Articles articles) {
		this.articles = articles;
	}

	@Override
	public List<Entry> newest(MemberId author, int max) {
		return articles.publishedBy(author.value(), Limit.of(max))
			.stream()
			.map(article -> new Entry(article.title(), "/articles/" + article.slug(), article.publishedAt()))
			.toList();
	}

}
