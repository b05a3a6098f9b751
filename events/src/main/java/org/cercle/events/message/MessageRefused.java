package org.cercle.events.message;

import org.cercle.shared.Refusal;

/** A message to an event's members that cannot be sent as it is. */
public class MessageRefused extends Refusal {

	MessageRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
