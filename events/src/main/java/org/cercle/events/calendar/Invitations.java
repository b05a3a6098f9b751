package org.cercle.events.calendar;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.events.EventId;
import org.cercle.events.EventParticipants;
import org.cercle.events.event.EventRefused;
import org.cercle.events.event.Events;
import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Registrations;

/** Who is registered for an event, and its invitation for their calendars. */
@Component
@Transactional(readOnly = true)
class Invitations implements EventParticipants {

	private final Events events;

	private final Registrations registrations;

	private final Calendars calendars;

	Invitations(Events events, Registrations registrations, Calendars calendars) {
		this.events = events;
		this.registrations = registrations;
		this.calendars = calendars;
	}

	@Override
	public List<MemberId> registered(EventId event) {
		return registrations.ofEvent(event.value())
			.stream()
			.filter(registration -> registration.status() != Registration.Status.CANCELLED)
			.map(registration -> new MemberId(registration.memberId()))
			.toList();
	}

	@Override
	public String invitation(EventId event, String baseUrl) {
		return calendars.invitation(events.findById(event.value()).orElseThrow(EventRefused::notFound), baseUrl);
	}

}
