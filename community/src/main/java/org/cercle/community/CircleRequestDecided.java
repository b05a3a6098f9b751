package org.cercle.community;

/** A circle's leader accepted or declined a member's request to join. */
public record CircleRequestDecided(CircleRef circle, MemberId member, MemberId decidedBy, boolean accepted) {
}
