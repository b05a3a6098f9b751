package org.cercle.community;

/**
 * A moderator marked a member as a spammer: their account is suspended and what they
 * wrote in circles is held; each module hides the rest of what they wrote (the feed their
 * comments).
 */
public record MemberMarkedAsSpammer(MemberId member) {
}
