package org.cercle.events.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.community.PersonalData;
import org.cercle.events.event.Event;
import org.cercle.events.event.Events;

/** A member's registrations, for their page and for the export of their data. */
@Service
@Transactional(readOnly = true)
public class MyRegistrations implements PersonalData {

	private final Registrations registrations;

	private final Events events;

	MyRegistrations(Registrations registrations, Events events) {
		this.registrations = registrations;
		this.events = events;
	}

	public List<MyRegistration> of(UUID member) {
		var mine = registrations.findByMemberId(member);
		var byId = events.findAllById(mine.stream().map(Registration::eventId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Event::id, Function.identity()));
		return mine.stream().filter(registration -> byId.containsKey(registration.eventId())).map(registration -> {
			var event = byId.get(registration.eventId());
			return new MyRegistration(event.title(), "/events/" + event.slug(), event.startsAt(),
					registration.status().name(), registration.registeredAt(),
					registration.status() == Registration.Status.WAITLISTED
							? registrations.waitlistPosition(registration) : 0,
					registration.status() == Registration.Status.CONFIRMED ? registration.checkInCode() : null,
					event.slug());
		}).sorted(java.util.Comparator.comparing(MyRegistration::startsAt).reversed()).toList();
	}

	/**
	 * The member's registrations as their page shows them: events to come, soonest first,
	 * then past ones, latest first.
	 */
	public Split split(UUID member, Instant now) {
		var all = of(member);
		return new Split(all.stream()
			.filter(registration -> registration.startsAt().isAfter(now))
			.sorted(java.util.Comparator.comparing(MyRegistration::startsAt))
			.toList(), all.stream().filter(registration -> !registration.startsAt().isAfter(now)).toList());
	}

	/** Registrations to come and past ones. */
	public record Split(List<MyRegistration> upcoming, List<MyRegistration> past) {

		public boolean isEmpty() {
			return upcoming.isEmpty() && past.isEmpty();
		}

	}

	@Override
	public String section() {
		return "registrations";
	}

	@Override
	public Object of(MemberId member) {
		return of(member.value());
	}

	/** One of the member's registrations, as their page and their export show it. */
	public record MyRegistration(String event, String path, Instant startsAt, String status, Instant registeredAt,
			long waitlistPosition, @org.jspecify.annotations.Nullable String checkInCode, String slug) {
	}

}
