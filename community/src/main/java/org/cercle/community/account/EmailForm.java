package org.cercle.community.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new address for the account, confirmed by the current password. */
public record EmailForm(
		@NotBlank(message = "{community.email.required}") @Email(
				regexp = "[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;]+", message = "{community.email.invalid}") @Size(
						max = 254, message = "{community.email.invalid}") @Nullable String email,
		@Nullable String password) {

	public static EmailForm empty() {
		return new EmailForm("", "");
	}

}
