package org.cercle.notifications.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.cercle.community.CircleId;
import org.cercle.community.MemberId;

/**
 * A notification to write: for whom, what about, caused by whom, pointing where.
 *
 * @param source the fact it comes from (e.g. {@code comment:<id>}): one fact never
 * notifies a member twice, even when an event is delivered again after a crash
 * @param args what its message shows, in order
 * @param circle set when it shows a private circle's content
 * @param thread replies in one thread share it: one e-mail, threaded in mail clients; for
 * an event's notifications, {@code event:<id>}
 */
public record Notice(MemberId member, Kind kind, String source, @Nullable MemberId actor, String path,
		List<String> args, @Nullable CircleId circle, @Nullable String thread) {

	public Notice {
		args = List.copyOf(args);
	}

}
