package org.cercle.community;

import org.cercle.shared.Refusal;

/** A post that looks like spam, with the rule it breaks. */
public class SpamRefused extends Refusal {

	public SpamRefused(String messageKey) {
		super(Kind.INVALID, messageKey);
	}

	public SpamRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
