package org.cercle.events.agenda;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.cercle.events.EventSummary;
import org.cercle.events.material.EventMaterials;

import org.cercle.community.CircleCatalog;

import org.cercle.events.event.AgendaItem;
import org.cercle.events.event.Speaker;
import org.cercle.events.event.Venue;

/**
 * An event as its page shows it, with the seats and, for a signed-in member, their own
 * place.
 *
 * @param seatsLeft free seats, or {@code null} when the event has no capacity
 * @param refusal why registering is not possible now (a message key), or {@code null}
 * @param mine the viewer's own registration, or {@code null}
 * @param past the event has ended: the page tells what took place instead of offering to
 * register
 * @param previousEdition the series' edition just before, if any
 * @param nextEdition the series' edition just after, if any
 * @param materials files and links shown once the organiser added them
 */
public record EventView(String slug, String title, String summary, String descriptionHtml, @Nullable String series,
		@Nullable Integer edition, Instant startsAt, Instant endsAt, Venue venue, @Nullable Integer capacity,
		@Nullable Long seatsLeft, long confirmed, long waitlisted, String status, @Nullable String cancellationReason,
		List<Speaker> speakers, List<AgendaItem> agenda, @Nullable String refusal, @Nullable MyPlace mine,
		CircleCatalog.@Nullable CircleRef circle, boolean past, @Nullable EventSummary previousEdition,
		@Nullable EventSummary nextEdition, List<EventMaterials.Item> materials) {

	/** The same event with the viewer's own place in it. */
	public EventView withMine(@Nullable MyPlace place) {
		return new EventView(slug, title, summary, descriptionHtml, series, edition, startsAt, endsAt, venue, capacity,
				seatsLeft, confirmed, waitlisted, status, cancellationReason, speakers, agenda, refusal, place, circle,
				past, previousEdition, nextEdition, materials);
	}

	public String path() {
		return "/events/" + slug;
	}

	/** The page of the event's series, if it belongs to one. */
	public @Nullable String seriesPath() {
		return series == null ? null : "/series/" + org.cercle.shared.Slugs.of(series);
	}

	public boolean cancelled() {
		return "CANCELLED".equals(status);
	}

	public boolean draft() {
		return "DRAFT".equals(status);
	}

	/** The viewer's registration: confirmed, or waitlisted at a position. */
	public record MyPlace(String status, long waitlistPosition) {

		public boolean confirmed() {
			return "CONFIRMED".equals(status);
		}

	}

}
