package org.cercle.feed.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.cercle.shared.Refusal.Kind;

/**
 * A position in a newest-first list of articles: the publication instant (in
 * microseconds, as PostgreSQL stores it) and the id that breaks ties. Written as
 * {@code <micros>_<uuid>}.
 */
public record Cursor(Instant at, UUID id) {

	private static final Pattern FORMAT = Pattern
		.compile("(\\d{1,19})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

	public static @Nullable Cursor parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			throw new ArticleRefused(Kind.INVALID, "feed.error.bad-cursor");
		}
		try {
			long micros = Long.parseLong(matcher.group(1));
			var at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
			return new Cursor(at, UUID.fromString(matcher.group(2)));
		}
		catch (RuntimeException ex) {
			throw new ArticleRefused(Kind.INVALID, "feed.error.bad-cursor");
		}
	}

	static Cursor after(Article article) {
		return new Cursor(article.publishedAt(), article.id());
	}

	public String format() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "_" + id;
	}

}
