package org.cercle.events.event;

/**
 * How many seats of an event are confirmed; told by the registrations, which sit above
 * events, so that an event's edit can keep its capacity above them.
 */
public interface ConfirmedSeats {

	long confirmed(java.util.UUID eventId);

}
