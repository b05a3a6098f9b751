package org.cercle.events.registration;

import org.cercle.shared.Refusal;

/**
 * A member may not register now (event full of rules: not open, started, already
 * registered...).
 */
public class RegistrationRefused extends Refusal {

	RegistrationRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
