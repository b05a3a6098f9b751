package org.cercle.feed;

import java.time.Instant;
import java.util.List;

import org.cercle.community.MemberId;

/** A member's latest published comments, for their profile. */
public interface MemberComments {

	/** The newest first, on published articles only. */
	List<Entry> recent(MemberId author, int max);

	/**
	 * A comment as a profile lists it.
	 *
	 * @param article the commented article's title
	 * @param path the comment's place on the article's page
	 * @param excerpt the beginning of its text, without markup
	 * @param at when it was written
	 */
	record Entry(String article, String path, String excerpt, Instant at) {
	}

}
