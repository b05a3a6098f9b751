package org.cercle.community.account;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused for a while, whatever the password: too many recent failures. */
class TooManySignInAttempts extends LockedException {

	TooManySignInAttempts() {
		super("Too many recent sign-in failures");
	}

}
