package org.cercle.app.announcements;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.events.WriteUpArticles;
import org.cercle.events.WriteUpChosen;
import org.cercle.feed.WriteUps;

/**
 * Write-ups between the two modules: the feed's published articles are what an organiser
 * chooses from, and a chosen article links back to its event. Here because only the
 * application sees both modules.
 */
@Component
class WriteUpLinks implements WriteUpArticles {

	private final WriteUps writeUps;

	WriteUpLinks(WriteUps writeUps) {
		this.writeUps = writeUps;
	}

	@Override
	public List<Article> recent(int max) {
		return writeUps.candidates(max).stream().map(WriteUpLinks::article).toList();
	}

	@Override
	public Optional<Article> find(String addressOrSlug) {
		var slug = slugIn(addressOrSlug);
		return slug.isEmpty() ? Optional.empty() : writeUps.published(slug).map(WriteUpLinks::article);
	}

	@ApplicationModuleListener
	void on(WriteUpChosen chosen) {
		if (chosen.article() == null) {
			writeUps.unlink(chosen.eventId().value());
		}
		else {
			writeUps.link(chosen.article(), chosen.eventId().value(), chosen.eventLabel(), chosen.eventPath());
		}
	}

	/**
	 * The slug in {@code /articles/slug}, in a full address of the site, or given alone.
	 */
	static String slugIn(String addressOrSlug) {
		var text = addressOrSlug.strip();
		var articles = text.indexOf("/articles/");
		if (articles >= 0) {
			text = text.substring(articles + "/articles/".length());
		}
		text = text.replaceFirst("[?#].*$", "");
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return text.matches("[a-z0-9-]{1,200}") ? text : "";
	}

	private static Article article(WriteUps.Candidate candidate) {
		return new Article(candidate.id(), candidate.title(), candidate.path(), candidate.publishedAt());
	}

}
