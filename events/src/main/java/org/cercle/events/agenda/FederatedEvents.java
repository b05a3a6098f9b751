package org.cercle.events.agenda;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.events.PublicEvents;
import org.cercle.events.event.Event;
import org.cercle.events.event.Events;
import org.cercle.shared.Markdown;

/** Events for the social web, drafts never. */
@Service
@Transactional(readOnly = true)
class FederatedEvents implements PublicEvents {

	private final Events events;

	FederatedEvents(Events events) {
		this.events = events;
	}

	@Override
	public Optional<PublicEvent> find(String slug) {
		return events.findBySlug(slug).filter(event -> event.status() != Event.Status.DRAFT).map(event -> {
			var venue = event.venue();
			return new PublicEvent(event.slug(), event.title(), event.summary(), "/events/" + event.slug(),
					Markdown.toSafeHtml(event.descriptionMarkdown()), event.startsAt(), event.endsAt(), venue.name(),
					venue.address(), venue.city(), venue.onlineUrl(), event.capacity(),
					event.status() == Event.Status.CANCELLED, event.updatedAt());
		});
	}

	@Override
	public long count() {
		return events.countPublic();
	}

}
