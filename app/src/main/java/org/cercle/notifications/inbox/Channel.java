package org.cercle.notifications.inbox;

/** How a member wants to hear of a kind of notification. */
public enum Channel {

	/** Not at all. */
	OFF,
	/** In the site only. */
	SITE,
	/** In the site and by e-mail. */
	EMAIL

}
