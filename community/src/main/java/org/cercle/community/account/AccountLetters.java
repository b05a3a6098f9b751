package org.cercle.community.account;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.cercle.community.member.Member;
import org.cercle.mail.Letter;
import org.cercle.mail.Letters;
import org.cercle.mail.Outbox;

/**
 * The e-mails about a member's own account, in the member's language, queued in the
 * caller's transaction: the link to verify an address, to reset a password, to confirm a
 * new address, and notices of what changed.
 */
@Component
class AccountLetters {

	private final Letters letters;

	private final Outbox outbox;

	AccountLetters(Letters letters, Outbox outbox) {
		this.letters = letters;
		this.outbox = outbox;
	}

	void verification(Member member, String baseUrl, String token) {
		send("account.verification", member, member.email(), baseUrl,
				Map.of("link", baseUrl + "/verify?token=" + token));
	}

	void passwordReset(Member member, String baseUrl, String token) {
		send("account.password-reset", member, member.email(), baseUrl,
				Map.of("link", baseUrl + "/password/reset?token=" + token));
	}

	void passwordChanged(Member member, String baseUrl) {
		send("account.password-changed", member, member.email(), baseUrl,
				Map.of("link", baseUrl + "/password/forgotten"));
	}

	void emailChangeConfirmation(Member member, String newEmail, String baseUrl, String token) {
		send("account.email-change", member, newEmail, baseUrl,
				Map.of("link", baseUrl + "/email/confirm?token=" + token, "newEmail", newEmail));
	}

	void emailChangeNotice(Member member, String newEmail, String baseUrl) {
		send("account.email-change-notice", member, member.email(), baseUrl, Map.of("newEmail", newEmail));
	}

	void registrationAttempt(Member member, String baseUrl) {
		send("account.registration-attempt", member, member.email(), baseUrl,
				Map.of("link", baseUrl + "/password/forgotten"));
	}

	void accountDeleted(Member member, String address, String baseUrl) {
		send("account.deleted", member, address, baseUrl, Map.of());
	}

	private void send(String kind, Member member, @org.jspecify.annotations.Nullable String to, String baseUrl,
			Map<String, Object> more) {
		if (to == null || to.isBlank()) {
			return;
		}
		var variables = new HashMap<String, Object>(more);
		variables.put("name", member.displayName());
		variables.put("handle", member.handle());
		variables.put("baseUrl", baseUrl);
		var locale = member.language();
		var template = "mail/" + kind.replace('.', '/');
		var rendered = letters.render(template, locale, "mail." + kind + ".subject", new Object[0], variables);
		outbox.queue(new Letter(kind, to, member.displayName(), locale, rendered));
	}

}
