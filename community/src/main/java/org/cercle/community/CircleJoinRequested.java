package org.cercle.community;

import java.util.Set;

/** A member asked to join a private circle; its leaders (owners and managers) decide. */
public record CircleJoinRequested(CircleRef circle, MemberId member, Set<MemberId> leaders) {
}
