package org.cercle.events.agenda;

import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleCatalog;
import org.cercle.shared.Markdown;
import org.cercle.shared.Slugs;
import org.cercle.events.EventSummary;
import org.cercle.events.UpcomingEvents;
import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Registrations;

import org.cercle.events.event.Event;
import org.cercle.events.event.EventRefused;
import org.cercle.events.event.Events;

/** Reads what event pages show. Drafts are visible to those who manage events only. */
@Service
@Transactional(readOnly = true)
public class EventQueries implements UpcomingEvents {

	static final int LISTED = 200;

	private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	private final Events events;

	private final Registrations registrations;

	private final Clock clock;

	private final CircleCatalog circles;

	private final org.cercle.events.material.EventMaterials materials;

	EventQueries(Events events, Registrations registrations, Clock clock, CircleCatalog circles,
			org.cercle.events.material.EventMaterials materials) {
		this.materials = materials;
		this.circles = circles;
		this.events = events;
		this.registrations = registrations;
		this.clock = clock;
	}

	@Override
	@Cacheable(cacheNames = "upcoming-events", sync = true)
	public List<EventSummary> next(int count) {
		return withSeats(events.upcoming(clock.instant(), Limit.of(count)));
	}

	@Override
	public List<EventSummary> attendedBy(org.cercle.community.MemberId member, int count) {
		return events.upcomingAttendedBy(member.value(), clock.instant(), count)
			.stream()
			.map(EventQueries::summary)
			.toList();
	}

	public List<MonthOfEvents> upcomingByMonth() {
		var months = new LinkedHashMap<java.time.YearMonth, List<EventSummary>>();
		for (var event : withSeats(events.upcoming(clock.instant(), Limit.of(LISTED)))) {
			months
				.computeIfAbsent(java.time.YearMonth.from(event.startsAt().atZone(GENEVA)), month -> new ArrayList<>())
				.add(event);
		}
		return months.entrySet()
			.stream()
			.map(month -> new MonthOfEvents(month.getKey().atDay(1).atStartOfDay(GENEVA).toInstant(), month.getValue()))
			.toList();
	}

	/** A series by the slug of its name; 404 when no published edition carries it. */
	public SeriesView series(String slug) {
		var name = seriesName(slug);
		var now = clock.instant();
		var editions = events.ofSeries(name, Limit.of(LISTED));
		var upcoming = editions.stream()
			.filter(event -> event.endsAt().isAfter(now))
			.map(EventQueries::summary)
			.toList();
		var past = editions.stream()
			.filter(event -> !event.endsAt().isAfter(now))
			.sorted(java.util.Comparator.comparing(Event::startsAt).reversed())
			.map(EventQueries::summary)
			.toList();
		var pastEditions = editions.stream().filter(event -> !event.endsAt().isAfter(now)).toList();
		var counts = registrations.attendance(pastEditions.stream().map(Event::id).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(org.cercle.events.registration.Attendance::eventId,
					java.util.function.Function.identity()));
		var attendance = pastEditions.stream().map(event -> {
			var count = counts.get(event.id());
			return new SeriesView.Edition(event.title(), event.startsAt(), count == null ? 0 : count.confirmed(),
					count == null ? 0 : count.checkedIn());
		}).toList();
		return new SeriesView(slug, name, upcoming, past, attendance);
	}

	/** A series' editions, for its calendar and feed. */
	public List<Event> seriesEvents(String slug) {
		return events.ofSeries(seriesName(slug), Limit.of(LISTED));
	}

	private String seriesName(String slug) {
		return events.seriesNames()
			.stream()
			.filter(name -> Slugs.of(name).equals(slug))
			.findFirst()
			.orElseThrow(EventRefused::seriesNotFound);
	}

	/** The materials of listed events by event, read in one query. */
	public java.util.Map<UUID, List<org.cercle.events.material.EventMaterials.Item>> materialsOf(
			List<EventSummary> listed) {
		return materials.of(listed.stream().map(summary -> summary.id().value()).toList());
	}

	public List<EventSummary> past() {
		return events.past(clock.instant(), Limit.of(LISTED)).stream().map(EventQueries::summary).toList();
	}

	public Event event(String slug, boolean manager) {
		return events.findBySlug(slug)
			.filter(event -> manager || event.status() != Event.Status.DRAFT)
			.orElseThrow(EventRefused::notFound);
	}

	/**
	 * The event as every visitor of its kind sees it (no one's place in it), kept until
	 * the content changes (see the app's ContentCaches; registrations count).
	 */
	@Cacheable(cacheNames = "event-views", sync = true)
	public EventView view(String slug, boolean manager) {
		var event = event(slug, manager);
		var confirmed = registrations.countByEventIdAndStatus(event.id(), Registration.Status.CONFIRMED);
		var waitlisted = registrations.countByEventIdAndStatus(event.id(), Registration.Status.WAITLISTED);
		var capacity = event.capacity();
		var seatsLeft = capacity == null ? null : Math.max(0, capacity - confirmed);
		return new EventView(event.slug(), event.title(), event.summary(),
				Markdown.toSafeHtml(event.descriptionMarkdown()), event.series(), event.edition(), event.startsAt(),
				event.endsAt(), event.venue(), capacity, seatsLeft, confirmed, waitlisted, event.status().name(),
				event.cancellationReason(), event.speakers(), event.agenda(),
				event.registrationRefusal(clock.instant().truncatedTo(ChronoUnit.MICROS)).orElse(null), null,
				event.circleId() == null ? null : circles.findById(event.circleId()).orElse(null),
				event.endsAt().isBefore(clock.instant()), edition(event, true), edition(event, false),
				materials.of(event.id()));
	}

	/**
	 * The member's own place at the event (confirmed or waitlisted), if any; kept until
	 * the content changes, as the event is.
	 */
	@Cacheable(cacheNames = "event-places", sync = true)
	public EventView.@Nullable MyPlace place(String slug, UUID member) {
		return registrations.liveOfEvent(slug, member)
			.map(registration -> new EventView.MyPlace(registration.status().name(),
					registration.status() == Registration.Status.WAITLISTED
							? registrations.waitlistPosition(registration) : 0))
			.orElse(null);
	}

	/**
	 * A neighbouring edition found by one indexed query (none outside a series): reading
	 * the whole series on every event page cost a row per edition.
	 */
	private @Nullable EventSummary edition(Event event, boolean before) {
		var series = event.series();
		if (series == null) {
			return null;
		}
		var found = before ? events.editionBefore(series, event.startsAt(), event.id(), Limit.of(1))
				: events.editionAfter(series, event.startsAt(), event.id(), Limit.of(1));
		return found.isEmpty() ? null : summary(found.get(0));
	}

	/**
	 * Upcoming events with their seats, the confirmed registrations of all read in one
	 * query.
	 */
	private List<EventSummary> withSeats(List<Event> upcoming) {
		var counts = registrations.attendance(upcoming.stream().map(Event::id).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(org.cercle.events.registration.Attendance::eventId,
					org.cercle.events.registration.Attendance::confirmed));
		return upcoming.stream()
			.map(event -> new EventSummary(event.eventId(), event.title(), "/events/" + event.slug(), event.summary(),
					event.startsAt(), event.venue().city(), event.status() == Event.Status.CANCELLED, event.capacity(),
					counts.getOrDefault(event.id(), 0L)))
			.toList();
	}

	static EventSummary summary(Event event) {
		return new EventSummary(event.eventId(), event.title(), "/events/" + event.slug(), event.summary(),
				event.startsAt(), event.venue().city(), event.status() == Event.Status.CANCELLED);
	}

}
