package org.cercle.events.event;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.shared.Slugs;
import org.cercle.community.CircleId;

/**
 * What organisers do with events: draft, edit, publish, cancel. The {@link Event} guards
 * its own rules; publishing and cancelling tell the other modules through application
 * events, stored with the same transaction.
 */
@Service
@Transactional
public class EventManagement {

	private final Events events;

	private final ConfirmedSeats seats;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventManagement(Events events, ConfirmedSeats seats, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.seats = seats;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<EventListing> all() {
		return events.allForOrganisers(Limit.of(500)).stream().map(EventListing::of).toList();
	}

	/** The event, drafts included: for organisers only. */
	@Transactional(readOnly = true)
	public Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(EventRefused::notFound);
	}

	/** How the organisers' pages head the event, drafts included. */
	@Transactional(readOnly = true)
	public EventListing listing(String slug) {
		return EventListing.of(event(slug));
	}

	/** The event's details and circle, for its edit form. */
	@Transactional(readOnly = true)
	public Editable editable(String slug) {
		var event = event(slug);
		return new Editable(event.details(), event.circleId());
	}

	/** An event as its edit form starts: what was saved, and the circle it is tied to. */
	public record Editable(EventDetails details, @Nullable CircleId circleId) {
	}

	/**
	 * A new draft; the circle, if any, was checked by the caller against the circle
	 * catalogue.
	 */
	public Event create(EventDetails details, @Nullable CircleId circle, MemberId organiser) {
		var slug = Slugs.unique(details.title(), events::existsBySlug);
		var event = new Event(slug, details, organiser, clock.instant());
		event.tieTo(circle);
		return events.save(event);
	}

	/**
	 * Saves an edit under the event's lock, as registrations take it; a raised capacity
	 * goes at once to the waitlist, in order; a capacity below the confirmed seats is
	 * refused. A published event announces its change (calendars get a new SEQUENCE).
	 */
	public Event update(String slug, EventDetails details, @Nullable CircleId circle) {
		var event = events.lockBySlug(slug).orElseThrow(EventRefused::notFound);
		event.update(details, seats.confirmed(event.id()), clock.instant());
		event.tieTo(circle);
		if (event.status() == Event.Status.PUBLISHED) {
			seats.fillFreeSeats(event);
			publisher.publishEvent(event.publish(clock.instant()));
		}
		return event;
	}

	public Event publish(String slug) {
		var event = event(slug);
		publisher.publishEvent(event.publish(clock.instant()));
		return event;
	}

	public Event cancel(String slug, String reason) {
		var event = event(slug);
		publisher.publishEvent(event.cancel(reason, clock.instant()));
		return event;
	}

}
