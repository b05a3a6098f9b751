package org.cercle.events.registration;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.events.EventId;
import org.cercle.events.PromotedFromWaitlist;
import org.cercle.events.event.ConfirmedSeats;
import org.cercle.events.event.Event;
import org.cercle.events.event.EventRefused;
import org.cercle.events.event.Events;
import org.cercle.shared.Refusal.Kind;
import org.cercle.community.MemberDirectory;
import org.cercle.events.RegistrationCancelled;
import org.cercle.events.RegistrationTaken;

/**
 * Gives out seats fairly. Every registration and cancellation for an event first locks
 * that event's row, so concurrent requests queue up in PostgreSQL: never more confirmed
 * seats than the capacity, and the waitlist is served in the order members joined it.
 */
@Service
@Transactional
public class Seats implements ConfirmedSeats {

	private final Events events;

	private final Registrations registrations;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final MemberDirectory members;

	Seats(Events events, Registrations registrations, Clock clock, ApplicationEventPublisher publisher,
			MemberDirectory members) {
		this.members = members;
		this.publisher = publisher;
		this.events = events;
		this.registrations = registrations;
		this.clock = clock;
	}

	/**
	 * Registers the member for the event at this address: loads and locks the event once.
	 */
	public Registration register(String slug, MemberId member) {
		return register(locked(slug), member);
	}

	/**
	 * Registers the member for the event with this id (drafts included: for organisers'
	 * tools and tests).
	 */
	public Registration register(EventId eventId, MemberId member) {
		return register(events.lock(eventId.value()).orElseThrow(EventRefused::notFound), member);
	}

	private Registration register(Event event, MemberId member) {
		members.requireVerified(member);
		var now = clock.instant();
		event.registrationRefusal(now).ifPresent(reason -> {
			throw new RegistrationRefused(Kind.CONFLICT, reason);
		});
		if (registrations.live(event.id(), member.value()).isPresent()) {
			throw new RegistrationRefused(Kind.CONFLICT, "events.registration.already");
		}
		var status = hasFreeSeat(event) ? Registration.Status.CONFIRMED : Registration.Status.WAITLISTED;
		var registration = registrations.saveAndFlush(new Registration(event.id(), member.value(), status, now));
		var waitlisted = status == Registration.Status.WAITLISTED;
		publisher.publishEvent(new RegistrationTaken(event.eventId(), event.slug(), event.title(), event.startsAt(),
				member, waitlisted, waitlisted ? registrations.waitlistPosition(registration) : 0,
				waitlisted ? null : registration.checkInCode()));
		return registration;
	}

	/**
	 * Cancels the member's registration; a freed seat goes to the first member on the
	 * waitlist.
	 */
	public void cancel(String slug, MemberId member) {
		var event = locked(slug);
		cancel(event, member);
		publisher.publishEvent(new RegistrationCancelled(event.eventId(), event.slug(), event.title(), member));
	}

	/** As {@link #cancel(String, MemberId)}, for an event known by its id. */
	public void cancel(EventId eventId, MemberId member) {
		cancel(events.lock(eventId.value()).orElseThrow(EventRefused::notFound), member);
	}

	@Override
	@Transactional(readOnly = true)
	public long confirmed(java.util.UUID eventId) {
		return registrations.countByEventIdAndStatus(eventId, Registration.Status.CONFIRMED);
	}

	private void cancel(Event event, MemberId member) {
		var registration = registrations.live(event.id(), member.value())
			.orElseThrow(() -> new RegistrationRefused(Kind.CONFLICT, "events.registration.none"));
		var freesSeat = registration.status() == Registration.Status.CONFIRMED;
		registration.cancel(clock.instant());
		if (freesSeat) {
			fillFreeSeats(event);
		}
	}

	@Override
	public void fillFreeSeats(Event event) {
		registrations.flush();
		while (event.status() == Event.Status.PUBLISHED && hasFreeSeat(event)) {
			var next = registrations.waitlist(event.id(), Limit.of(1));
			if (next.isEmpty()) {
				return;
			}
			var first = next.get(0);
			first.confirm();
			registrations.flush();
			publisher.publishEvent(new PromotedFromWaitlist(event.eventId(), event.slug(), event.title(),
					event.startsAt(), new MemberId(first.memberId()), first.checkInCode()));
		}
	}

	private boolean hasFreeSeat(Event event) {
		var capacity = event.capacity();
		return capacity == null || confirmed(event.id()) < capacity;
	}

	/** Drafts are not found by members: they exist only for organisers. */
	private Event locked(String slug) {
		return events.lockBySlug(slug)
			.filter(event -> event.status() != Event.Status.DRAFT)
			.orElseThrow(EventRefused::notFound);
	}

}
