package org.cercle.community.account;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.shared.Refusal.Kind;

/**
 * Changing one's address: a confirmation link goes to the new address (valid 24 hours), a
 * notice to the old one, and the address changes only when the link is followed.
 */
@Service
@Transactional
public class EmailChange {

	static final Duration VALID = Duration.ofHours(24);

	private final Members members;

	private final AccountTokens tokens;

	private final AccountLetters letters;

	private final Clock clock;

	private final CurrentPasswords currentPasswords;

	EmailChange(Members members, AccountTokens tokens, AccountLetters letters, Clock clock,
			CurrentPasswords currentPasswords) {
		this.currentPasswords = currentPasswords;
		this.members = members;
		this.tokens = tokens;
		this.letters = letters;
		this.clock = clock;
	}

	/**
	 * Asks for the change; field errors on {@code email} or {@code password} when
	 * refused.
	 */
	public void request(UUID memberId, EmailForm form, Errors errors, String baseUrl) {
		var member = members.findById(memberId)
			.filter(Member::isActive)
			.orElseThrow(() -> new AccountRefused(Kind.NOT_ALLOWED, "community.account.gone"));
		if (!currentPasswords.matches(member, form.password())) {
			errors.rejectValue("password", "community.password.current-wrong");
		}
		var address = String.valueOf(form.email()).strip();
		if (!errors.hasFieldErrors("email") && address.equalsIgnoreCase(String.valueOf(member.email()))) {
			errors.rejectValue("email", "community.email.same");
		}
		if (!errors.hasFieldErrors("email") && members.emailTaken(address)) {
			errors.rejectValue("email", "community.email.taken");
		}
		if (errors.hasErrors()) {
			return;
		}
		var token = tokens.issue(member.id(), AccountTokens.Purpose.CHANGE_EMAIL, address, VALID);
		letters.emailChangeConfirmation(member, address, baseUrl, token);
		letters.emailChangeNotice(member, address, baseUrl);
	}

	/** The new address the link confirms (for its confirmation page). */
	@Transactional(readOnly = true)
	public String check(String token) {
		return String.valueOf(tokens.check(AccountTokens.Purpose.CHANGE_EMAIL, token).newEmail());
	}

	/**
	 * Follows the link: the address changes, unless another account took it meanwhile.
	 */
	public Member confirm(String token) {
		var valid = tokens.use(AccountTokens.Purpose.CHANGE_EMAIL, token);
		var address = String.valueOf(valid.newEmail());
		var member = members.findById(valid.memberId())
			.filter(Member::isActive)
			.orElseThrow(() -> new AccountRefused(Kind.GONE, "community.token.change-email.gone"));
		if (members.emailTaken(address)) {
			throw new AccountRefused(Kind.CONFLICT, "community.email.taken");
		}
		member.changeEmail(address, clock.instant());
		return member;
	}

}
