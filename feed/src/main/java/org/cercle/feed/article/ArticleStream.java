package org.cercle.feed.article;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.feed.StreamPage;

@Service
@Transactional(readOnly = true)
public class ArticleStream {

	private final ArticleTimeline timeline;

	private final ArticleCards cards;

	ArticleStream(ArticleTimeline timeline, ArticleCards cards) {
		this.timeline = timeline;
		this.cards = cards;
	}

	public StreamPage articles(java.util.@Nullable UUID tagId, @Nullable String before) {
		var slice = timeline.page(tagId, Cursor.parse(before));
		return new StreamPage(cards.of(slice.articles()), slice.older());
	}

}
