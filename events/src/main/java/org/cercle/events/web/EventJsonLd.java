package org.cercle.events.web;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.cercle.events.event.Event;
import org.cercle.events.agenda.EventView;

/**
 * The schema.org {@code Event} description of an event page, as JSON-LD safe inside a
 * script element.
 */
final class EventJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventJsonLd() {
	}

	static String of(EventView event, String baseUrl) {
		var zone = ZoneId.of("Europe/Zurich");
		var json = new LinkedHashMap<String, Object>();
		json.put("@context", "https://schema.org");
		json.put("@type", "Event");
		json.put("name", event.title());
		json.put("description", event.summary());
		json.put("url", baseUrl + event.path());
		json.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.startsAt().atZone(zone)));
		json.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.endsAt().atZone(zone)));
		json.put("eventStatus", "https://schema.org/" + (event.cancelled() ? "EventCancelled" : "EventScheduled"));
		var venue = event.venue();
		var online = venue.onlineUrl() != null;
		var physical = venue.name() != null || venue.address() != null || venue.city() != null;
		json.put("eventAttendanceMode", "https://schema.org/" + (online && physical ? "MixedEventAttendanceMode"
				: online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
		var locations = new java.util.ArrayList<Object>();
		if (physical) {
			locations.add(Map.of("@type", "Place", "name", String.valueOf(venue.name()), "address",
					Map.of("@type", "PostalAddress", "streetAddress", String.valueOf(venue.address()),
							"addressLocality", String.valueOf(venue.city()), "addressCountry", "CH")));
		}
		if (online) {
			locations.add(Map.of("@type", "VirtualLocation", "url", venue.onlineUrl()));
		}
		json.put("location", locations.size() == 1 ? locations.get(0) : locations);
		if (event.capacity() != null) {
			json.put("maximumAttendeeCapacity", event.capacity());
			json.put("remainingAttendeeCapacity", event.seatsLeft());
		}
		if (!event.speakers().isEmpty()) {
			json.put("performer",
					event.speakers()
						.stream()
						.map(speaker -> Map.of("@type", "Person", "name", speaker.name()))
						.toList());
		}
		json.put("organizer", Map.of("@type", "Organization", "name", "Cercle", "url", baseUrl + "/"));
		json.put("inLanguage", List.of("fr"));
		return JSON.writeValueAsString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
