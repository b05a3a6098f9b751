package org.cercle.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The published articles an organiser can choose as an event's write-up. The events
 * module does not know where articles live: the application provides this from the feed.
 */
public interface WriteUpArticles {

	/** The newest published articles, newest first. */
	List<Article> recent(int max);

	/** The published article at this address ({@code /articles/…}) or of this slug. */
	Optional<Article> find(String addressOrSlug);

	/** A published article as the organiser chooses it. */
	record Article(UUID id, String title, String path, Instant publishedAt) {
	}

}
