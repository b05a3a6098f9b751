package org.cercle.community.account;

import org.jspecify.annotations.Nullable;

/** A password change: the current password, then the new one. */
public record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword) {

	public static PasswordForm empty() {
		return new PasswordForm("", "");
	}

}
