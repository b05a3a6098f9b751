package org.cercle.events;

import java.time.Instant;
import java.util.List;

/**
 * The events' public pages for the sitemap: the agenda, past events and every non-draft
 * event.
 */
public interface EventPages {

	List<Page> pages(int max);

	/** A page and when its content last changed. */
	record Page(String path, Instant lastModified) {
	}

}
