package org.cercle.events.event;

/**
 * How many seats of an event are confirmed; told by the registrations, which sit above
 * events, so that an event's edit can keep its capacity above them.
 */
public interface ConfirmedSeats {

	long confirmed(java.util.UUID eventId);

	/**
	 * Gives the seats now free (a raised capacity) to the waitlist, first come first
	 * served; the caller holds the event's lock, as registrations do.
	 */
	void fillFreeSeats(Event event);

}
