package org.cercle.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Published articles as write-ups of events: what an organiser can choose from, and the
 * link back that an article's page shows ("Compte rendu de …"). The feed knows nothing of
 * events: the application tells it which event an article reports on.
 */
public interface WriteUps {

	/** The newest published articles, to choose a write-up from. */
	List<Candidate> candidates(int max);

	/** The published article of this slug, if there is one. */
	Optional<Candidate> published(String slug);

	/**
	 * Makes the article the write-up of the event (replacing the event's earlier one);
	 * idempotent.
	 */
	void link(UUID article, UUID event, String eventTitle, String eventPath);

	/** The event has no write-up any more. */
	void unlink(UUID event);

	/** A published article as an organiser chooses it. */
	record Candidate(UUID id, String title, String path, Instant publishedAt) {
	}

}
