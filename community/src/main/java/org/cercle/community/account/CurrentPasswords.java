package org.cercle.community.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.cercle.community.member.Member;
import org.cercle.shared.Refusal.Kind;

/**
 * Checks the current password a signed-in member types to change their password or
 * address, or to delete their account, under the sign-in limits: wrong answers count
 * against the account, and once the limit is reached even the right one is refused for a
 * while.
 */
@Component
class CurrentPasswords {

	private final PasswordEncoder passwords;

	private final Throttle throttle;

	private final int maxPerAccount;

	private final Duration window;

	CurrentPasswords(PasswordEncoder passwords, Throttle throttle,
			@Value("${cercle.sign-in.max-failures-per-account:5}") int maxPerAccount,
			@Value("${cercle.sign-in.window:15m}") Duration window) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.maxPerAccount = maxPerAccount;
		this.window = window;
	}

	/**
	 * Whether the password is the member's; refused with 429 while the account is locked.
	 */
	boolean matches(Member member, @Nullable String password) {
		var account = member.id().toString();
		var attempt = throttle.attempt(Throttle.Kind.SIGN_IN_ACCOUNT, account, window);
		if (attempt.over(maxPerAccount)) {
			throttle.forget(attempt);
			throw new AccountRefused(Kind.TOO_MANY, "community.password.too-many");
		}
		if (password != null && passwords.matches(password, member.passwordHash())) {
			throttle.forget(attempt);
			return true;
		}
		return false; // a wrong answer stays counted
	}

}
