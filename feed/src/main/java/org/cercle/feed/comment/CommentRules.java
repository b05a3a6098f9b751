package org.cercle.feed.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of commenting, set with {@code cercle.comments.*}.
 *
 * @param perMinute comments a member may post within a minute
 * @param perDay comments a member may post within a day
 * @param editWindow how long after posting its author may edit a comment
 * @param approvalsBeforeTrust how many of a member's comments a moderator approves before
 * theirs publish at once
 * @param reportsToHold how many members must report a comment before it is held for a
 * moderator
 */
@ConfigurationProperties("cercle.comments")
record CommentRules(@DefaultValue("5") int perMinute, @DefaultValue("50") int perDay,
		@DefaultValue("15m") Duration editWindow, @DefaultValue("2") int approvalsBeforeTrust,
		@DefaultValue("3") int reportsToHold) {

	static final int MAX_LENGTH = 5000;

	static final int MAX_REASON_LENGTH = 500;

}
