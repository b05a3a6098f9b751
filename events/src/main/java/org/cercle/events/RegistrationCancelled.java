package org.cercle.events;

import org.cercle.community.MemberId;

/** A member cancelled their own registration for an event. */
public record RegistrationCancelled(EventId event, String slug, String title, MemberId member) {

	public String path() {
		return "/events/" + slug;
	}

}
