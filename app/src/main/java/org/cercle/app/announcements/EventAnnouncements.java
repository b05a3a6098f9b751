package org.cercle.app.announcements;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.events.EventCancelled;
import org.cercle.events.EventPublished;
import org.cercle.feed.Announcement;
import org.cercle.feed.StreamAnnouncements;

/**
 * Turns published and cancelled events into announcements of the home stream. It lives
 * here because only the application sees both modules: events and feed stay unaware of
 * each other. Each delivery is recorded in the event publication registry and retried
 * until it succeeds.
 */
@Component
class EventAnnouncements {

	private final StreamAnnouncements stream;

	EventAnnouncements(StreamAnnouncements stream) {
		this.stream = stream;
	}

	@ApplicationModuleListener
	void on(EventPublished event) {
		stream.announce(new Announcement(event.eventId().value(), event.title(), "/events/" + event.slug(),
				event.summary(), event.publishedAt(), event.startsAt()));
	}

	@ApplicationModuleListener
	void on(EventCancelled event) {
		stream.cancel(event.eventId().value(), event.reason(), event.cancelledAt());
	}

}
