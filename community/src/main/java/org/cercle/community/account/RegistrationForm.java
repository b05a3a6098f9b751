package org.cercle.community.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a visitor types to become a member. Pages never send the password back. */
public record RegistrationForm(
		@NotBlank(message = "{community.register.handle.required}") @Pattern(regexp = "[a-zA-Z0-9_-]{3,30}",
				message = "{community.register.handle.format}") @Nullable String handle,
		@NotBlank(message = "{community.register.display-name.required}") @Size(max = 80,
				message = "{community.register.display-name.size}") @Nullable String displayName,
		@NotBlank(message = "{community.register.email.required}") @Email(
				regexp = "[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;]+",
				message = "{community.register.email.format}") @Size(max = 254,
						message = "{community.register.email.format}") @Nullable String email,
		@NotBlank(message = "{community.password.too-short}") @Nullable String password) {

	public static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "");
	}

}
