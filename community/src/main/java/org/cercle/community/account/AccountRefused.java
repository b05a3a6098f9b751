package org.cercle.community.account;

import org.cercle.shared.Refusal;

/** A rule of the community's account said no; the message key says which. */
public class AccountRefused extends Refusal {

	AccountRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
