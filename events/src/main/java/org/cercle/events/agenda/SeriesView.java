package org.cercle.events.agenda;

import java.util.List;

import org.cercle.events.EventSummary;

/**
 * A series of events (the Matinées E2.0) as its page shows it: upcoming editions first,
 * then past ones, newest first.
 */
public record SeriesView(String slug, String name, List<EventSummary> upcoming, List<EventSummary> past,
		List<Edition> attendance) {

	/**
	 * A past edition's attendance: confirmed seats, of which checked in at the door (0
	 * when check-in was not used).
	 */
	public record Edition(String title, java.time.Instant startsAt, long confirmed, long checkedIn) {
	}

	public String path() {
		return "/series/" + slug;
	}

}
