package org.cercle.community.account;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: 12 to 128 characters, not the member's handle or
 * email inside it, not on the list of common passwords. Answers with the message key of
 * the first rule broken.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final CommonPasswords common;

	PasswordPolicy(CommonPasswords common) {
		this.common = common;
	}

	Optional<String> check(String password, @Nullable String handle, @Nullable String email) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("community.password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("community.password.too-long");
		}
		var lower = password.toLowerCase(Locale.ROOT);
		if (containsPart(lower, handle) || containsPart(lower, email) || containsPart(lower, localPart(email))) {
			return Optional.of("community.password.contains-identity");
		}
		if (common.contains(password)) {
			return Optional.of("community.password.common");
		}
		return Optional.empty();
	}

	private static boolean containsPart(String password, @Nullable String part) {
		return part != null && part.strip().length() >= 3 && password.contains(part.strip().toLowerCase(Locale.ROOT));
	}

	private static @Nullable String localPart(@Nullable String email) {
		return email == null || !email.contains("@") ? null : email.substring(0, email.indexOf('@'));
	}

}
