package org.cercle.events;

import org.cercle.community.MemberId;
import java.time.Instant;

/**
 * A seat was freed and the first member of the waitlist now holds it. Published in the
 * transaction that confirmed the seat; {@code checkInCode} is what the member shows at
 * the door.
 */
public record PromotedFromWaitlist(EventId event, String slug, String title, Instant startsAt, MemberId member,
		@org.jspecify.annotations.Nullable String checkInCode) {

	public String path() {
		return "/events/" + slug;
	}

}
