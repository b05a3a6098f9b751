package org.cercle.notifications.inbox;

import java.time.Duration;

/** How long before an event a member is reminded of it. */
public enum ReminderLead {

	OFF(Duration.ZERO), H24(Duration.ofHours(24)), H2(Duration.ofHours(2));

	private final Duration before;

	ReminderLead(Duration before) {
		this.before = before;
	}

	public Duration before() {
		return before;
	}

}
