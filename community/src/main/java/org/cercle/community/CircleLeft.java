package org.cercle.community;

/**
 * A member left a circle, or was removed from it: its private content is no longer theirs
 * to read.
 */
public record CircleLeft(CircleId circle, MemberId member) {
}
