package org.cercle.events.manage;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.CircleCatalog;
import org.cercle.community.MemberId;
import org.cercle.community.Slugs;
import org.cercle.events.agenda.Event;
import org.cercle.events.agenda.Events;
import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Registrations;

/**
 * What organisers do with events: draft, edit, publish, cancel. Publishing and cancelling tell the
 * other modules through application events, stored with the same transaction.
 */
@Service
@Transactional
class EventManagement {

	private final Events events;

	private final Registrations registrations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final CircleCatalog circles;

	EventManagement(Events events, Registrations registrations, ApplicationEventPublisher publisher, Clock clock,
			CircleCatalog circles) {
		this.circles = circles;
		this.events = events;
		this.registrations = registrations;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Event> all() {
		return events.allForOrganisers(Limit.of(500));
	}

	@Transactional(readOnly = true)
	Event event(String slug) {
		return events.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "events.error.not-found"));
	}

	/** The event as its edit form shows it (speakers and agenda are read inside the transaction). */
	@Transactional(readOnly = true)
	EventForm form(String slug) {
		return EventForm.of(event(slug));
	}

	/** A new draft, or null when the form has errors (then added to {@code errors}). */
	Event create(EventForm form, MemberId organiser, Errors errors) {
		var details = form.details(errors);
		var circle = form.circleId(errors, circles);
		if (details == null || errors.hasErrors()) {
			return null;
		}
		var slug = Slugs.unique(details.title(), events::existsBySlug);
		var event = new Event(slug, details, organiser, clock.instant());
		event.tieTo(circle);
		return events.save(event);
	}

	Event update(String slug, EventForm form, Errors errors) {
		var event = event(slug);
		if (event.status() == Event.Status.CANCELLED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "events.manage.cancelled-is-final");
		}
		var details = form.details(errors);
		var circle = form.circleId(errors, circles);
		if (details == null || errors.hasErrors()) {
			return event;
		}
		var confirmed = registrations.countByEventIdAndStatus(event.id(), Registration.Status.CONFIRMED);
		if (details.capacity() != null && details.capacity() < confirmed) {
			errors.rejectValue("capacity", "events.form.capacity.below-confirmed", new Object[] { confirmed }, null);
			return event;
		}
		event.update(details, clock.instant());
		event.tieTo(circle);
		if (event.status() == Event.Status.PUBLISHED) {
			publisher.publishEvent(event.publish(clock.instant()));
		}
		return event;
	}

	Event publish(String slug) {
		var event = event(slug);
		if (event.status() == Event.Status.CANCELLED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "events.manage.cancelled-is-final");
		}
		publisher.publishEvent(event.publish(clock.instant()));
		return event;
	}

	Event cancel(String slug, String reason) {
		var event = event(slug);
		if (event.status() != Event.Status.PUBLISHED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "events.manage.only-published-cancel");
		}
		if (reason.isBlank() || reason.length() > 500) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "events.manage.reason-required");
		}
		publisher.publishEvent(event.cancel(Objects.requireNonNull(reason).strip(), clock.instant()));
		return event;
	}

}
