package org.cercle.notifications.listeners;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.community.CircleCatalog;
import org.cercle.events.EventCancelled;
import org.cercle.events.EventParticipants;
import org.cercle.events.EventPublished;
import org.cercle.events.MaterialsAdded;
import org.cercle.events.PromotedFromWaitlist;
import org.cercle.events.RegistrationCancelled;
import org.cercle.events.RegistrationTaken;
import org.cercle.notifications.inbox.Inbox;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Notice;

/**
 * What the events module's events tell whom: one's own registration (confirmed, waiting
 * with its position, cancelled), a seat freed for one on the waitlist, a change or
 * cancellation of an event one registered for, a new event of a circle one belongs to.
 */
@Component
class EventNotifications {

	private final Inbox inbox;

	private final EventParticipants participants;

	private final CircleCatalog circles;

	EventNotifications(Inbox inbox, EventParticipants participants, CircleCatalog circles) {
		this.inbox = inbox;
		this.participants = participants;
		this.circles = circles;
	}

	@ApplicationModuleListener
	void on(RegistrationTaken taken) {
		inbox.notify(
				new Notice(taken.member(), Kind.REGISTRATION, "registration:" + UUID.randomUUID(), null, taken.path(),
						taken.checkInCode() == null
								? List.of(taken.waitlisted() ? "waitlisted" : "confirmed", taken.title(),
										String.valueOf(taken.position()))
								: List.of("confirmed-code", taken.title(), String.valueOf(taken.position()),
										taken.checkInCode()),
						null, thread(taken.event().value())));
	}

	@ApplicationModuleListener
	void on(RegistrationCancelled cancelled) {
		inbox.notify(new Notice(cancelled.member(), Kind.REGISTRATION, "registration:" + UUID.randomUUID(), null,
				cancelled.path(), List.of("cancelled", cancelled.title()), null, thread(cancelled.event().value())));
	}

	@ApplicationModuleListener
	void on(PromotedFromWaitlist promoted) {
		inbox.notify(new Notice(promoted.member(), Kind.WAITLIST_PROMOTED, "promotion:" + UUID.randomUUID(), null,
				promoted.path(),
				promoted.checkInCode() == null ? List.of("", promoted.title())
						: List.of("code", promoted.title(), promoted.checkInCode()),
				null, thread(promoted.event().value())));
	}

	@ApplicationModuleListener
	void on(EventPublished published) {
		if (published.change()) {
			for (var member : participants.registered(published.eventId())) {
				inbox.notify(new Notice(member, Kind.EVENT_CHANGED,
						"event-change:" + published.eventId().value() + ":" + published.sequence(), null,
						published.path(), List.of("", published.title()), null, thread(published.eventId().value())));
			}
		}
		else if (published.circle() != null) {
			var circle = circles.findById(published.circle());
			for (var member : circles.members(published.circle())) {
				inbox.notify(new Notice(member, Kind.CIRCLE_EVENT, "circle-event:" + published.eventId().value(), null,
						published.path(), List.of("", published.title(), circle.map(found -> found.name()).orElse("")),
						null, null));
			}
		}
	}

	@ApplicationModuleListener
	void on(EventCancelled cancelled) {
		for (var member : participants.registered(cancelled.eventId())) {
			inbox.notify(new Notice(member, Kind.EVENT_CANCELLED, "event-cancel:" + cancelled.eventId().value(), null,
					cancelled.path(), List.of("", cancelled.title(), cancelled.reason()), null,
					thread(cancelled.eventId().value())));
		}
	}

	@ApplicationModuleListener
	void on(MaterialsAdded added) {
		for (var member : participants.registered(added.eventId())) {
			inbox.notify(new Notice(member, Kind.EVENT_MATERIALS, "event-materials:" + added.eventId().value(), null,
					added.path(), List.of("", added.title()), null, thread(added.eventId().value())));
		}
	}

	static String thread(UUID event) {
		return "event:" + event;
	}

}
