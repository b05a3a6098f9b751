package org.cercle.events.event;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.events.EventPages;

@Service
@Transactional(readOnly = true)
class SitemapEvents implements EventPages {

	private final Events events;

	SitemapEvents(Events events) {
		this.events = events;
	}

	@Override
	public List<Page> pages(int max) {
		var all = events.allForOrganisers(org.springframework.data.domain.Limit.of(max));
		var pages = new ArrayList<Page>();
		var newest = all.stream()
			.filter(event -> event.status() != Event.Status.DRAFT)
			.map(Event::updatedAt)
			.max(java.time.Instant::compareTo)
			.orElse(java.time.Instant.EPOCH);
		pages.add(new Page("/events", newest));
		pages.add(new Page("/events/past", newest));
		all.stream()
			.filter(event -> event.status() != Event.Status.DRAFT)
			.forEach(event -> pages.add(new Page("/events/" + event.slug(), event.updatedAt())));
		return pages;
	}

}
