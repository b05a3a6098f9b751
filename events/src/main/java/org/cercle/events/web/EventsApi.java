package org.cercle.events.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import org.cercle.events.agenda.EventQueries;
import org.cercle.events.event.Event;
import org.cercle.events.event.Events;
import org.cercle.shared.web.ApiPage;
import org.cercle.shared.web.JsonApi;
import org.cercle.shared.web.PublicAddress;

/**
 * The read-only JSON API of events: published events not over yet, soonest first, twenty
 * a page; one event by its slug (past ones too; drafts never).
 */
@RestController
@JsonApi
class EventsApi {

	static final int PAGE = 20;

	private final Events events;

	private final EventQueries queries;

	private final PublicAddress address;

	private final Clock clock;

	EventsApi(Events events, EventQueries queries, PublicAddress address, Clock clock) {
		this.events = events;
		this.queries = queries;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping("/api/v1/events")
	@Transactional(readOnly = true)
	ApiPage<EventJson> upcoming(@RequestParam(required = false) @Nullable String apres) {
		var start = Instant.EPOCH;
		var id = new UUID(0, 0);
		if (apres != null) {
			var cut = apres.lastIndexOf('~');
			try {
				start = Instant.parse(apres.substring(0, Math.max(0, cut)));
				id = UUID.fromString(apres.substring(cut + 1));
			}
			catch (RuntimeException malformed) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.bad-parameter");
			}
		}
		var found = events.upcomingAfter(clock.instant(), start, id, Limit.of(PAGE + 1));
		var shown = found.size() > PAGE ? found.subList(0, PAGE) : found;
		String next = null;
		if (found.size() > PAGE) {
			var last = shown.get(shown.size() - 1);
			next = UriComponentsBuilder.fromUriString(address.base() + "/api/v1/events")
				.queryParam("apres", last.startsAt() + "~" + last.id())
				.encode()
				.toUriString();
		}
		return new ApiPage<>(shown.stream().map(this::json).toList(), next);
	}

	@GetMapping("/api/v1/events/{slug}")
	@Transactional(readOnly = true)
	EventJson event(@PathVariable String slug) {
		return json(queries.event(slug, false));
	}

	private EventJson json(Event event) {
		var venue = event.venue();
		return new EventJson(event.slug(), event.title(), event.summary(), address.base() + "/events/" + event.slug(),
				event.startsAt(), event.endsAt(),
				new PlaceJson(venue.name(), venue.address(), venue.city(), venue.onlineUrl()),
				event.status() == Event.Status.CANCELLED, event.capacity(), event.series(),
				address.base() + "/events/" + event.slug() + ".ics");
	}

	/** An event; {@code capacity} null when seats are not counted. */
	record EventJson(String slug, String title, String summary, String url, Instant startsAt, Instant endsAt,
			PlaceJson place, boolean cancelled, @Nullable Integer capacity, @Nullable String series,
			String calendarUrl) {
	}

	/** Where: a place (name, address, city), an online address, or both. */
	record PlaceJson(@Nullable String name, @Nullable String address, @Nullable String city,
			@Nullable String onlineUrl) {
	}

}
