package org.cercle.app.federation;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.events.PublicEvents;
import org.cercle.feed.PublishedArticles;

/**
 * Articles and events as ActivityStreams objects; their pages' addresses answer with
 * these when asked for ActivityStreams ({@link ObjectNegotiation}).
 */
@RestController
@org.cercle.shared.web.JsonApi
class ObjectsController {

	private final ActivityDocuments documents;

	private final PublishedArticles articles;

	private final PublicEvents events;

	ObjectsController(ActivityDocuments documents, PublishedArticles articles, PublicEvents events) {
		this.documents = documents;
		this.articles = articles;
		this.events = events;
	}

	@GetMapping("/ap/objects/articles/{slug}")
	ResponseEntity<Map<String, Object>> article(@PathVariable String slug) {
		return Actors.activity(documents.article(articles.find(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.error.article-not-found"))));
	}

	@GetMapping("/ap/objects/events/{slug}")
	ResponseEntity<Map<String, Object>> event(@PathVariable String slug) {
		return Actors.activity(documents.event(events.find(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "events.error.not-found"))));
	}

}
