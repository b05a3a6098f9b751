package org.cercle.app.federation;

import org.cercle.shared.Refusal;

/** A moderator's or an admin's federation action refused, with its French message. */
class FederationRefused extends Refusal {

	FederationRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
