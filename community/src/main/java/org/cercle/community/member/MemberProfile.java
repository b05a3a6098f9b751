package org.cercle.community.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What the public profile page shows of a member. */
public record MemberProfile(String handle, String displayName, @Nullable String bio, @Nullable String organisation,
		Instant memberSince) {

	static MemberProfile of(Member member) {
		return new MemberProfile(member.handle(), member.displayName(), member.bio(), member.organisation(),
				member.createdAt());
	}

}
