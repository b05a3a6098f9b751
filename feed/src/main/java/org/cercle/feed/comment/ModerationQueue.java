package org.cercle.feed.comment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.cercle.feed.Link;

/**
 * What waits for the moderators.
 *
 * @param pending new members' comments waiting for approval
 * @param held comments reported by enough members to be out of sight
 * @param reported visible comments that some members reported
 * @param hidden comments a moderator hid, which can be restored
 * @param stopped members who may not comment
 */
public record ModerationQueue(List<Item> pending, List<Item> held, List<Item> reported, List<Item> hidden,
		List<Stopped> stopped) {

	/**
	 * A comment in the queue, with its article and the reasons members gave when
	 * reporting it.
	 */
	public record Item(UUID id, Link author, Link article, Instant at, String html, @Nullable String hiddenReason,
			List<String> reports) {
	}

	/** A member stopped from commenting. */
	public record Stopped(String handle, String reason, Instant since) {
	}

}
