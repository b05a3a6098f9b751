package org.cercle.events;

import java.util.List;

/** The next published events, soonest first, for other pages (such as the home page). */
public interface UpcomingEvents {

	List<EventSummary> next(int count);

	/**
	 * The published events to come that the member has a confirmed seat at, soonest first
	 * (for their profile, when they chose to show them).
	 */
	List<EventSummary> attendedBy(org.cercle.community.MemberId member, int count);

}
