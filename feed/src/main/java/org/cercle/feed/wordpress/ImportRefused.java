package org.cercle.feed.wordpress;

import org.cercle.shared.Refusal;

/** A WordPress export that cannot be imported; the message key says why. */
public class ImportRefused extends Refusal {

	ImportRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
