package org.cercle.community.account;

import java.time.Instant;

import org.cercle.community.member.Member;

/** What the account page shows of the signed-in member beyond the forms. */
public record AccountView(String handle, String email, Instant memberSince, org.cercle.community.Avatar avatar,
		org.cercle.community.Avatar largeAvatar) {

	public static AccountView of(Member member) {
		return new AccountView(member.handle(), String.valueOf(member.email()), member.createdAt(),
				new org.cercle.community.Avatar(member.displayName(), member.avatarPath("small")),
				new org.cercle.community.Avatar(member.displayName(), member.avatarPath("large")));
	}

}
