package org.cercle.community.administration;

import org.cercle.shared.Refusal;

/** A rule of the community's administration said no; the message key says which. */
public class AdministrationRefused extends Refusal {

	AdministrationRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
