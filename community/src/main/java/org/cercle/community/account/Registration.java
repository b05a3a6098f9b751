package org.cercle.community.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;

/** Turns a valid registration form into a member, or tells which fields are wrong. */
@Service
public class Registration {

	private final Members members;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final Throttle throttle;

	private final Clock clock;

	private final int maxPerAddress;

	private final EmailVerification verification;

	private final AccountLetters letters;

	Registration(Members members, PasswordPolicy policy, PasswordEncoder passwords, Throttle throttle, Clock clock,
			@Value("${cercle.registration.max-per-address-per-hour:10}") int maxPerAddress,
			EmailVerification verification, AccountLetters letters) {
		this.verification = verification;
		this.letters = letters;
		this.members = members;
		this.policy = policy;
		this.passwords = passwords;
		this.throttle = throttle;
		this.clock = clock;
		this.maxPerAddress = maxPerAddress;
	}

	public boolean throttled(String address) {
		return throttle.reached(Throttle.Kind.REGISTRATION, address, maxPerAddress, Duration.ofHours(1));
	}

	/**
	 * Checks what needs the database and the password rules; adds field errors for each
	 * problem.
	 */
	public void check(RegistrationForm form, Errors errors) {
		var handle = Objects.requireNonNullElse(form.handle(), "");
		var email = Objects.requireNonNullElse(form.email(), "");
		if (!errors.hasFieldErrors("handle") && members.handleTaken(handle)) {
			errors.rejectValue("handle", "community.register.handle.taken");
		}
		if (!errors.hasFieldErrors("password")) {
			policy.check(Objects.requireNonNullElse(form.password(), ""), handle, email)
				.ifPresent(key -> errors.rejectValue("password", key));
		}
	}

	/**
	 * Creates the member, speaking the language of the page they registered on, and sends
	 * the link that verifies their address, in the same transaction. When the address
	 * already belongs to an account, nothing is created and its owner is told by e-mail
	 * instead: the answer on the page is the same, so that it never says which addresses
	 * have an account. Either way the attempt counts in the client address's limit.
	 */
	@Transactional
	public Optional<Member> register(RegistrationForm form, String address, java.util.Locale locale, String baseUrl) {
		throttle.record(Throttle.Kind.REGISTRATION, address);
		var email = Objects.requireNonNull(form.email()).strip();
		var hash = passwords.encode(form.password()); // either way, so that both take as
														// long
		var owner = members.findByEmail(email);
		if (owner.isPresent()) {
			owner.filter(Member::isActive).ifPresent(existing -> letters.registrationAttempt(existing, baseUrl));
			return Optional.empty();
		}
		var member = new Member(Objects.requireNonNull(form.handle()),
				Objects.requireNonNull(form.displayName()).strip(), email, hash, clock.instant());
		member.speak(locale);
		try {
			members.saveAndFlush(member);
		}
		catch (DataIntegrityViolationException raced) {
			throw new DuplicateAccount();
		}
		verification.send(member, baseUrl);
		return Optional.of(member);
	}

	/**
	 * Another registration took the same handle or email between the check and the save.
	 */
	public static class DuplicateAccount extends RuntimeException {

		DuplicateAccount() {
			super("Handle or email taken concurrently");
		}

	}

}
