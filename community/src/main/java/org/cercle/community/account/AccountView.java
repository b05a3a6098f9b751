package org.cercle.community.account;

import java.time.Instant;

import org.cercle.community.member.Member;

/** What the account page shows of the signed-in member beyond the forms. */
public record AccountView(String handle, String email, Instant memberSince) {

	public static AccountView of(Member member) {
		return new AccountView(member.handle(), String.valueOf(member.email()), member.createdAt());
	}

}
