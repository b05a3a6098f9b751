package org.cercle.community;

import org.cercle.shared.Refusal;

/**
 * A member whose address is not verified yet may read but not take part (comment, write
 * in a discussion, register for an event, ask to join a circle): the pages answer with a
 * reminder and a button that sends the link again.
 */
public class UnverifiedAddress extends Refusal {

	public UnverifiedAddress() {
		super(Kind.NOT_ALLOWED, "community.unverified.refused");
	}

}
