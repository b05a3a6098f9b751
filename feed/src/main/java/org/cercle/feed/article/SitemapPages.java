package org.cercle.feed.article;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.feed.FeedPages;
import org.cercle.feed.tag.Tags;

@Service
@Transactional(readOnly = true)
class SitemapPages implements FeedPages {

	private final Articles articles;

	private final Tags tags;

	SitemapPages(Articles articles, Tags tags) {
		this.articles = articles;
		this.tags = tags;
	}

	@Override
	public List<Page> pages(int max) {
		var pages = new ArrayList<Page>();
		pages.add(new Page("/articles", null));
		articles.sitemapEntries(Limit.of(max))
			.forEach(entry -> pages.add(new Page("/articles/" + entry.slug(), entry.updatedAt())));
		tags.findAll().forEach(tag -> pages.add(new Page("/tags/" + tag.slug(), null)));
		return pages.size() > max ? pages.subList(0, max) : pages;
	}

}
