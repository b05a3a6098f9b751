package org.cercle.community.circle;

import org.cercle.shared.Refusal;

/** A rule of the community's circle said no; the message key says which. */
public class CircleRefused extends Refusal {

	CircleRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
