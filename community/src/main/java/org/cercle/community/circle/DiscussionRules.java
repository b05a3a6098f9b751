package org.cercle.community.circle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fast a member may write in circles, set with {@code cercle.discussions.*}: the
 * comments' limits, counted over new discussions and replies together.
 *
 * @param perMinute discussions and replies a member may post within a minute
 * @param perDay discussions and replies a member may post within a day
 * @param approvalsBeforeTrust a member's posts in circles wait for a leader until this
 * many were published
 */
@ConfigurationProperties("cercle.discussions")
record DiscussionRules(@DefaultValue("5") int perMinute, @DefaultValue("50") int perDay,
		@DefaultValue("2") int approvalsBeforeTrust) {

}
