package org.cercle.community.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

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

	Registration(Members members, PasswordPolicy policy, PasswordEncoder passwords, Throttle throttle, Clock clock,
			@Value("${cercle.registration.max-per-address-per-hour:10}") int maxPerAddress,
			EmailVerification verification) {
		this.verification = verification;
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
		if (!errors.hasFieldErrors("email") && members.emailTaken(email.strip())) {
			errors.rejectValue("email", "community.register.email.taken");
		}
		if (!errors.hasFieldErrors("password")) {
			policy.check(Objects.requireNonNullElse(form.password(), ""), handle, email)
				.ifPresent(key -> errors.rejectValue("password", key));
		}
	}

	/**
	 * Creates the member, speaking the language of the page they registered on, and sends
	 * the link that verifies their address, in the same transaction.
	 */
	@Transactional
	public Member register(RegistrationForm form, String address, java.util.Locale locale, String baseUrl) {
		throttle.record(Throttle.Kind.REGISTRATION, address);
		var member = new Member(Objects.requireNonNull(form.handle()),
				Objects.requireNonNull(form.displayName()).strip(), Objects.requireNonNull(form.email()).strip(),
				passwords.encode(form.password()), clock.instant());
		member.speak(locale);
		try {
			members.saveAndFlush(member);
		}
		catch (DataIntegrityViolationException raced) {
			throw new DuplicateAccount();
		}
		verification.send(member, baseUrl);
		return member;
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
