package org.cercle.events.event;

import org.cercle.shared.Refusal;

/**
 * An event's own rules said no: a cancelled event stays cancelled, only a published one
 * is cancelled...
 */
public class EventRefused extends Refusal {

	EventRefused(Kind kind, String messageKey, Object... arguments) {
		super(kind, messageKey, arguments);
	}

	/** No series of published events has this address. */
	public static EventRefused seriesNotFound() {
		return new EventRefused(Kind.NOT_FOUND, "events.series.not-found");
	}

	/** No such event, or a draft asked for by someone who does not manage events. */
	public static EventRefused notFound() {
		return new EventRefused(Kind.NOT_FOUND, "events.error.not-found");
	}

}
