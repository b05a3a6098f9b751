package org.cercle.community.account;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.shared.Refusal.Kind;

/**
 * A forgotten password: a link valid one hour, used once, sent to the address of the
 * account. The answer to a request is the same whether the address is known or not;
 * requests are limited per client address and per account with the sign-in limits.
 */
@Service
@Transactional
public class PasswordReset {

	static final Duration VALID = Duration.ofHours(1);

	private final Members members;

	private final AccountTokens tokens;

	private final AccountLetters letters;

	private final Throttle throttle;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Duration window;

	PasswordReset(Members members, AccountTokens tokens, AccountLetters letters, Throttle throttle,
			PasswordPolicy policy, PasswordEncoder passwords,
			@Value("${cercle.sign-in.max-failures-per-account:5}") int maxPerAccount,
			@Value("${cercle.sign-in.max-failures-per-address:30}") int maxPerAddress,
			@Value("${cercle.sign-in.window:15m}") Duration window) {
		this.members = members;
		this.tokens = tokens;
		this.letters = letters;
		this.throttle = throttle;
		this.policy = policy;
		this.passwords = passwords;
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	/**
	 * Sends a reset link when the address belongs to an active account. Refused only when
	 * this client asked too often: that says nothing about the address.
	 */
	public void request(String email, String clientAddress, String baseUrl) {
		if (throttle.reached(Throttle.Kind.RESET_ADDRESS, clientAddress, maxPerAddress, window)) {
			throw new AccountRefused(Kind.TOO_MANY, "community.reset.too-many");
		}
		throttle.record(Throttle.Kind.RESET_ADDRESS, clientAddress);
		Optional<Member> member = members.findByEmail(email.strip()).filter(Member::isActive);
		if (member.isEmpty()) {
			return;
		}
		var key = member.get().id().toString();
		if (throttle.reached(Throttle.Kind.RESET_ACCOUNT, key, maxPerAccount, window)) {
			return;
		}
		throttle.record(Throttle.Kind.RESET_ACCOUNT, key);
		var token = tokens.issue(member.get().id(), AccountTokens.Purpose.RESET_PASSWORD, null, VALID);
		letters.passwordReset(member.get(), baseUrl, token);
	}

	/**
	 * Whether the link can still be followed (for the form that asks the new password).
	 */
	@Transactional(readOnly = true)
	public void check(String token) {
		tokens.check(AccountTokens.Purpose.RESET_PASSWORD, token);
	}

	/**
	 * Sets the new password when it follows the rules (else a field error on
	 * {@code password}, and the link still works); the member is told by e-mail. Returns
	 * the member, whose sessions the caller ends, or empty when the password was refused.
	 */
	public Optional<Member> reset(String token, String password, Errors errors, String baseUrl) {
		var valid = tokens.check(AccountTokens.Purpose.RESET_PASSWORD, token);
		var member = members.findById(valid.memberId())
			.filter(Member::isActive)
			.orElseThrow(() -> new AccountRefused(Kind.GONE, "community.token.reset-password.gone"));
		policy.check(password, member.handle(), member.email()).ifPresent(key -> errors.rejectValue("password", key));
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		tokens.use(AccountTokens.Purpose.RESET_PASSWORD, token);
		tokens.revoke(member.id(), AccountTokens.Purpose.RESET_PASSWORD);
		member.changePassword(passwords.encode(password));
		letters.passwordChanged(member, baseUrl);
		return Optional.of(member);
	}

}
