package org.cercle.events.web;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.cercle.events.agenda.EventQueries;
import org.cercle.events.event.Events;

import org.cercle.events.calendar.Calendars;
import org.cercle.events.calendar.PersonalCalendars;

/**
 * iCalendar files: one event, all upcoming events, and each member's own registrations.
 */
@RestController
class CalendarController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final EventQueries queries;

	private final Events events;

	private final Calendars calendars;

	private final PersonalCalendars personal;

	private final java.time.Clock clock;

	CalendarController(EventQueries queries, Events events, Calendars calendars, PersonalCalendars personal,
			java.time.Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.events = events;
		this.calendars = calendars;
		this.personal = personal;
	}

	@GetMapping("/events/{slug}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> event(@PathVariable String slug) {
		var event = queries.event(slug, false);
		return calendar(calendars.write("Cercle — " + event.title(), List.of(event), baseUrl(), false), event.slug());
	}

	@GetMapping("/events.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> upcoming() {
		var upcoming = events.upcoming(clock.instant(), Limit.of(500));
		return calendar(calendars.write("Cercle — événements", upcoming, baseUrl(), true), "cercle-evenements");
	}

	/** A series' editions, to subscribe to: upcoming and past. */
	@GetMapping("/series/{slug}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> series(@PathVariable String slug) {
		var series = queries.series(slug);
		return calendar(calendars.write("Cercle — " + series.name(), queries.seriesEvents(slug), baseUrl(), true),
				slug);
	}

	/** A series' editions as an Atom feed. */
	@GetMapping(value = "/series/{slug}/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	@Transactional(readOnly = true)
	ResponseEntity<String> seriesFeed(@PathVariable String slug) {
		var series = queries.series(slug);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(SeriesAtomFeed.write(series, queries.seriesEvents(slug), baseUrl()));
	}

	@GetMapping("/calendar/{token}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> mine(@PathVariable String token) {
		var registered = personal.eventsFor(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "events.error.calendar-not-found"));
		return calendar(calendars.write("Cercle — mes inscriptions", registered, baseUrl(), true),
				"cercle-mes-inscriptions");
	}

	private static ResponseEntity<String> calendar(String body, String name) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
			.body(body);
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
