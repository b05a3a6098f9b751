package org.cercle.events;

import java.util.List;

/** The next published events, soonest first, for other pages (such as the home page). */
public interface UpcomingEvents {

	List<EventSummary> next(int count);

}
