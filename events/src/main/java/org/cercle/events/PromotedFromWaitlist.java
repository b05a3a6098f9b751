package org.cercle.events;

import org.cercle.community.MemberId;
import java.time.Instant;

/**
 * A seat was freed and the first member of the waitlist now holds it. Published in the
 * transaction that confirmed the seat.
 */
public record PromotedFromWaitlist(EventId event, String slug, String title, Instant startsAt, MemberId member) {

	public String path() {
		return "/events/" + slug;
	}

}
