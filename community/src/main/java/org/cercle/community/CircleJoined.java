package org.cercle.community;

/**
 * A member joined a public circle, or asked to join a private one (then
 * {@code awaitingApproval}: its leaders decide). Published in the transaction that stored
 * the membership.
 */
public record CircleJoined(CircleId circle, MemberId member, boolean awaitingApproval) {
}
