package org.cercle.events.agenda;

import java.util.List;

import org.cercle.events.EventSummary;

/**
 * A series of events (the Matinées E2.0) as its page shows it: upcoming editions first,
 * then past ones, newest first.
 */
public record SeriesView(String slug, String name, List<EventSummary> upcoming, List<EventSummary> past) {

	public String path() {
		return "/series/" + slug;
	}

}
