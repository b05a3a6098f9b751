package org.cercle.events;

import org.cercle.community.MemberId;

/**
 * A seat was freed and the first member of the waitlist now holds it. Published in the
 * transaction that confirmed the seat.
 */
public record PromotedFromWaitlist(EventId event, MemberId member) {
}
