package org.cercle.events.registration;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.community.MemberDeleted;
import org.cercle.events.EventId;

/** A deleted member gives up their seats and waitlist places, so others move up. */
@Component
class DeletedMembers {

	private final Registrations registrations;

	private final Seats seats;

	DeletedMembers(Registrations registrations, Seats seats) {
		this.registrations = registrations;
		this.seats = seats;
	}

	@ApplicationModuleListener
	void on(MemberDeleted deleted) {
		registrations.liveOfMember(deleted.memberId().value())
			.forEach(registration -> seats.cancel(new EventId(registration.eventId()), deleted.memberId()));
	}

}
