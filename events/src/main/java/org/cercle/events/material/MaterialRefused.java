package org.cercle.events.material;

import org.cercle.shared.Refusal;

/** A file or link the event's materials do not accept. */
public class MaterialRefused extends Refusal {

	MaterialRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
