package org.cercle.community.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.cercle.community.MemberDeleted;
import org.cercle.community.PersonalData;
import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.community.member.ProfileLinks;
import org.cercle.shared.Refusal.Kind;

/** What a member does with their own account: profile, password, export, deletion. */
@Service
@Transactional
public class Accounts {

	private final Members members;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final List<PersonalData> personalData;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountLetters letters;

	private final CurrentPasswords currentPasswords;

	Accounts(Members members, PasswordEncoder passwords, PasswordPolicy policy, List<PersonalData> personalData,
			ApplicationEventPublisher events, Clock clock, AccountLetters letters, CurrentPasswords currentPasswords) {
		this.letters = letters;
		this.currentPasswords = currentPasswords;
		this.members = members;
		this.passwords = passwords;
		this.policy = policy;
		this.personalData = personalData;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Member member(UUID id) {
		return members.findById(id)
			.filter(Member::isActive)
			.orElseThrow(() -> new AccountRefused(Kind.NOT_ALLOWED, "community.account.gone"));
	}

	public Member describe(UUID id, ProfileForm form, Errors errors) {
		if (!ProfileLinks.valid(form.links())) {
			errors.rejectValue("links", "community.profile.links.invalid");
		}
		var member = member(id);
		if (!errors.hasErrors()) {
			member.describe(Objects.requireNonNull(form.displayName()).strip(), blankToNull(form.bio()),
					blankToNull(form.organisation()), blankToNull(form.links()));
			member.choose(form.listedChosen(), form.showsEventsChosen());
		}
		return member;
	}

	/**
	 * Changes the password when the current one is right; the member is told by e-mail.
	 */
	public Member changePassword(UUID id, PasswordForm form, Errors errors, String baseUrl) {
		var member = member(id);
		if (!currentPasswords.matches(member, form.currentPassword())) {
			errors.rejectValue("currentPassword", "community.password.current-wrong");
			return member;
		}
		var fresh = String.valueOf(form.newPassword());
		policy.check(fresh, member.handle(), member.email()).ifPresent(key -> errors.rejectValue("newPassword", key));
		if (!errors.hasErrors()) {
			member.changePassword(passwords.encode(fresh));
			letters.passwordChanged(member, baseUrl);
		}
		return member;
	}

	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID id) {
		var member = member(id);
		var profile = new LinkedHashMap<String, Object>();
		profile.put("handle", member.handle());
		profile.put("displayName", member.displayName());
		profile.put("email", member.email());
		profile.put("bio", member.bio());
		profile.put("organisation", member.organisation());
		profile.put("links", ProfileLinks.parse(member.links()));
		profile.put("roles", member.roles().stream().map(Enum::name).sorted().toList());
		profile.put("memberSince", member.createdAt().toString());
		var export = new LinkedHashMap<String, Object>();
		export.put("exportedAt", clock.instant().toString());
		export.put("profile", profile);
		personalData.forEach(part -> export.put(part.section(), part.of(member.memberId())));
		return export;
	}

	/**
	 * Erases the member's personal data when the password confirms it; false otherwise.
	 */
	public boolean delete(UUID id, String password, String baseUrl) {
		var member = member(id);
		if (!currentPasswords.matches(member, password)) {
			return false;
		}
		var address = member.email();
		if (address != null) {
			letters.accountDeleted(member, address, baseUrl);
		}
		member.erase(clock.instant());
		events.publishEvent(new MemberDeleted(member.memberId()));
		return true;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
