package org.cercle.events;

/**
 * The first materials of an event appeared (files, links or its write-up): the members
 * registered for it are told once, not at every file.
 */
public record MaterialsAdded(EventId eventId, String slug, String title) {

	public String path() {
		return "/events/" + slug;
	}

}
