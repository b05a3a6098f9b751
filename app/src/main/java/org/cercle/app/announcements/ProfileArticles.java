package org.cercle.app.announcements;

import java.util.List;

import org.springframework.stereotype.Component;

import org.cercle.community.MemberArticles;
import org.cercle.community.MemberId;
import org.cercle.feed.AuthorArticles;

/** A member's profile lists their published articles, read from the feed. */
@Component
class ProfileArticles implements MemberArticles {

	private final AuthorArticles articles;

	ProfileArticles(AuthorArticles articles) {
		this.articles = articles;
	}

	@Override
	public List<Article> newest(MemberId author, int max) {
		return articles.newest(author, max)
			.stream()
			.map(entry -> new Article(entry.title(), entry.path(), entry.publishedAt()))
			.toList();
	}

}
