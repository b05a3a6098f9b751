package org.cercle.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.events.event.Event;
import org.cercle.events.event.EventRefused;
import org.cercle.events.event.Events;
import org.cercle.shared.Refusal.Kind;

/**
 * Check-in at the door: the organiser finds a confirmed member by name, or opens the
 * address their QR code holds, and checks them in once. Codes of another event, unknown
 * codes, waitlisted and cancelled registrations are refused.
 */
@Service
@Transactional
public class CheckIns {

	private final Events events;

	private final Registrations registrations;

	private final RegistrationList list;

	private final Clock clock;

	CheckIns(Events events, Registrations registrations, RegistrationList list, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.list = list;
		this.clock = clock;
	}

	/**
	 * The door's list: confirmed members (those whose name or handle holds the query),
	 * and the counts.
	 */
	public record Door(String title, String slug, List<RegistrationList.Row> people, long confirmed, long checkedIn,
			long noShows, boolean over) {
	}

	/** A member at the door, found by the code they show. */
	public record Person(String name, String handle, String code, @Nullable Instant checkedInAt) {
	}

	@Transactional(readOnly = true)
	public Door door(String slug, String query) {
		var event = event(slug);
		var confirmed = list.of(event).stream().filter(RegistrationList.Row::confirmed).toList();
		var checkedIn = confirmed.stream().filter(row -> row.checkedInAt() != null).count();
		var over = event.endsAt().isBefore(clock.instant());
		var wanted = query.strip().toLowerCase(Locale.ROOT);
		var people = confirmed.stream()
			.filter(row -> wanted.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(wanted)
					|| row.handle().toLowerCase(Locale.ROOT).contains(wanted))
			.sorted(java.util.Comparator.comparing(RegistrationList.Row::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new Door(event.title(), event.slug(), people, confirmed.size(), checkedIn,
				over ? confirmed.size() - checkedIn : 0, over);
	}

	@Transactional(readOnly = true)
	public Person person(String slug, String code) {
		var registration = confirmed(
				registrations.findByEventIdAndCheckInCode(event(slug).id(), code.strip().toUpperCase(Locale.ROOT)));
		var row = list.row(registration);
		return new Person(row.name(), row.handle(), row.checkInCode(), row.checkedInAt());
	}

	/** Checks the member in; false when they already were (the page says so). */
	public boolean checkIn(String slug, String code) {
		return confirmedAtTheDoor(event(slug), code).checkIn(clock.instant());
	}

	private Registration confirmedAtTheDoor(Event event, String code) {
		return confirmed(registrations.atTheDoor(event.id(), code.strip().toUpperCase(Locale.ROOT)));
	}

	private static Registration confirmed(java.util.Optional<Registration> found) {
		var registration = found.orElseThrow(() -> new RegistrationRefused(Kind.NOT_FOUND, "events.check-in.unknown"));
		if (registration.status() != Registration.Status.CONFIRMED) {
			throw new RegistrationRefused(Kind.CONFLICT, "events.check-in.not-confirmed");
		}
		return registration;
	}

	private Event event(String slug) {
		return events.findBySlug(slug).orElseThrow(EventRefused::notFound);
	}

}
