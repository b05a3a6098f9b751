package org.cercle.community.member;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the public profile page shows of a member. */
public record MemberProfile(String handle, String displayName, @Nullable String bio, @Nullable String organisation,
		List<String> links, Instant memberSince, java.util.UUID id, org.cercle.community.Avatar avatar) {

	public static MemberProfile of(Member member) {
		return new MemberProfile(member.handle(), member.displayName(), member.bio(), member.organisation(),
				ProfileLinks.parse(member.links()), member.createdAt(), member.id(),
				new org.cercle.community.Avatar(member.displayName(), member.avatarPath("large")));
	}

}
