package org.cercle.events;

import java.time.Instant;

import org.cercle.community.MemberId;

/**
 * A member registered for an event: a seat is theirs, or they wait at {@code position} on
 * the waitlist; a confirmed seat comes with the code to show at the door.
 */
public record RegistrationTaken(EventId event, String slug, String title, Instant startsAt, MemberId member,
		boolean waitlisted, long position, @org.jspecify.annotations.Nullable String checkInCode) {

	public String path() {
		return "/events/" + slug;
	}

}
