package org.cercle.feed.web;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.cercle.feed.stream.RecentAnnouncements;
import org.cercle.feed.tag.Tags;

import org.cercle.feed.stream.ArticleAtomFeed;
import org.cercle.feed.article.Articles;

/** The site's Atom feed and one feed per tag. */
@RestController
class ArticleFeedController {

	static final int ENTRIES = 20;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Articles articles;

	private final Tags tags;

	private final ArticleAtomFeed atom;

	private final RecentAnnouncements announcements;

	ArticleFeedController(Articles articles, Tags tags, ArticleAtomFeed atom, RecentAnnouncements announcements) {
		this.announcements = announcements;
		this.articles = articles;
		this.tags = tags;
		this.atom = atom;
	}

	@GetMapping("/feed.atom")
	@Transactional(readOnly = true)
	ResponseEntity<String> site() {
		var body = atom.write("Cercle — articles et événements", baseUrl(), "/feed.atom", "/",
				articles.newest(Limit.of(ENTRIES)), announcements.newest(ENTRIES), ENTRIES);
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

	@GetMapping("/tags/{slug}/feed.atom")
	@Transactional(readOnly = true)
	ResponseEntity<String> tag(@PathVariable String slug) {
		var tag = tags.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.error.tag-not-found"));
		var body = atom.write("Cercle — " + tag.name(), baseUrl(), "/tags/" + slug + "/feed.atom", "/tags/" + slug,
				articles.newestTagged(tag.id(), Limit.of(ENTRIES)));
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
