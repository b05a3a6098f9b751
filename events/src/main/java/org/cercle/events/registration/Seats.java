package org.cercle.events.registration;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.MemberId;
import org.cercle.events.agenda.Event;
import org.cercle.events.agenda.Events;

/**
 * Gives out seats fairly. Every registration and cancellation for an event first locks that
 * event's row, so concurrent requests queue up in PostgreSQL: never more confirmed seats than the
 * capacity, and the waitlist is served in the order members joined it.
 */
@Service
@Transactional
public class Seats {

	private final Events events;

	private final Registrations registrations;

	private final Clock clock;

	Seats(Events events, Registrations registrations, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.clock = clock;
	}

	public Registration register(UUID eventId, MemberId member) {
		var event = locked(eventId);
		var now = clock.instant();
		event.registrationRefusal(now).ifPresent(reason -> {
			throw new ResponseStatusException(HttpStatus.CONFLICT, reason);
		});
		if (registrations.live(eventId, member.value()).isPresent()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "events.registration.already");
		}
		var status = hasFreeSeat(event) ? Registration.Status.CONFIRMED : Registration.Status.WAITLISTED;
		return registrations.save(new Registration(eventId, member.value(), status, now));
	}

	/** Cancels the member's registration; a freed seat goes to the first member on the waitlist. */
	public void cancel(UUID eventId, MemberId member) {
		var event = locked(eventId);
		var registration = registrations.live(eventId, member.value())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "events.registration.none"));
		var freesSeat = registration.status() == Registration.Status.CONFIRMED;
		registration.cancel(clock.instant());
		registrations.flush();
		if (freesSeat && event.status() == Event.Status.PUBLISHED && hasFreeSeat(event)) {
			registrations.waitlist(eventId, Limit.of(1)).forEach(Registration::confirm);
		}
	}

	private boolean hasFreeSeat(Event event) {
		var capacity = event.capacity();
		return capacity == null
				|| registrations.countByEventIdAndStatus(event.id(), Registration.Status.CONFIRMED) < capacity;
	}

	private Event locked(UUID eventId) {
		return events.lock(eventId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "events.error.not-found"));
	}

}
