package org.cercle.notifications.inbox;

/**
 * What a notification is about, with how members get it unless they chose otherwise:
 * replies, mentions and what happens to one's registrations by e-mail too; follows in the
 * site only.
 */
public enum Kind {

	COMMENT_REPLY(Channel.EMAIL, true), ARTICLE_COMMENT(Channel.EMAIL, true), DISCUSSION_REPLY(Channel.EMAIL, true),
	MENTION(Channel.EMAIL, false), CIRCLE_REQUEST(Channel.EMAIL, false), CIRCLE_DECISION(Channel.EMAIL, false),
	COMMENT_MODERATED(Channel.EMAIL, false), REGISTRATION(Channel.EMAIL, false),
	WAITLIST_PROMOTED(Channel.EMAIL, false), EVENT_CHANGED(Channel.EMAIL, false), EVENT_CANCELLED(Channel.EMAIL, false),
	EVENT_REMINDER(Channel.EMAIL, false), EVENT_MATERIALS(Channel.EMAIL, false), FOLLOWED_ARTICLE(Channel.SITE, false),
	CIRCLE_EVENT(Channel.SITE, false), CIRCLE_DISCUSSION(Channel.SITE, false),
	/**
	 * Not a notification: the digest e-mail, named so that it can be unsubscribed from in
	 * one click.
	 */
	DIGEST(Channel.EMAIL, false);

	private final Channel byDefault;

	private final boolean coalesced;

	Kind(Channel byDefault, boolean coalesced) {
		this.byDefault = byDefault;
		this.coalesced = coalesced;
	}

	public Channel byDefault() {
		return byDefault;
	}

	/**
	 * Several of this kind in one thread within the coalescing window make one e-mail.
	 */
	public boolean coalesced() {
		return coalesced;
	}

	/** Event e-mails carry the event as an iCalendar invitation. */
	public boolean withCalendar() {
		return this == REGISTRATION || this == WAITLIST_PROMOTED || this == EVENT_CHANGED || this == EVENT_CANCELLED
				|| this == EVENT_REMINDER;
	}

}
