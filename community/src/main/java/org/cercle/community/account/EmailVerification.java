package org.cercle.community.account;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.shared.Refusal.Kind;

/**
 * Proving an address: a link valid 24 hours, used once, sent at registration and again on
 * request (three times an hour at most).
 */
@Service
@Transactional
public class EmailVerification {

	static final Duration VALID = Duration.ofHours(24);

	static final int RESENDS_PER_HOUR = 3;

	private final AccountTokens tokens;

	private final AccountLetters letters;

	private final Members members;

	private final Clock clock;

	EmailVerification(AccountTokens tokens, AccountLetters letters, Members members, Clock clock) {
		this.tokens = tokens;
		this.letters = letters;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Sends a new link, unless the address is verified already or too many were sent this
	 * hour.
	 */
	public void resend(UUID memberId, String baseUrl) {
		var member = members.findById(memberId)
			.filter(Member::isActive)
			.orElseThrow(() -> new AccountRefused(Kind.NOT_ALLOWED, "community.account.gone"));
		if (member.emailVerified()) {
			throw new AccountRefused(Kind.CONFLICT, "community.verify.already");
		}
		var since = clock.instant().minus(Duration.ofHours(1));
		if (tokens.issuedSince(memberId, AccountTokens.Purpose.VERIFY_EMAIL, since) >= RESENDS_PER_HOUR) {
			throw new AccountRefused(Kind.TOO_MANY, "community.verify.too-many");
		}
		send(member, baseUrl);
	}

	void send(Member member, String baseUrl) {
		var token = tokens.issue(member.id(), AccountTokens.Purpose.VERIFY_EMAIL, null, VALID);
		letters.verification(member, baseUrl, token);
	}

	/** Whether the link is one that can still be followed (for its confirmation page). */
	@Transactional(readOnly = true)
	public void check(String token) {
		tokens.check(AccountTokens.Purpose.VERIFY_EMAIL, token);
	}

	/** Follows the link: the member's address is verified; returns the member. */
	public Member confirm(String token) {
		var valid = tokens.use(AccountTokens.Purpose.VERIFY_EMAIL, token);
		var member = members.findById(valid.memberId())
			.filter(Member::isActive)
			.orElseThrow(() -> new AccountRefused(Kind.GONE, "community.token.verify-email.gone"));
		member.verifyEmail(clock.instant());
		return member;
	}

}
