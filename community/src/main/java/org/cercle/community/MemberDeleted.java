package org.cercle.community;

/**
 * A member deleted their account: their personal data is erased. Other modules drop what
 * ties them to the member (registrations, memberships) and keep what they wrote, signed
 * "membre supprimé".
 */
public record MemberDeleted(MemberId memberId) {
}
