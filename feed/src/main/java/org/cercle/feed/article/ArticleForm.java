package org.cercle.feed.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an author types: title, summary, Markdown body, tags separated by commas, the
 * cover's description, and for a scheduled article its publication time in Geneva local
 * time. A draft needs its title alone; summary and body are required to publish or
 * schedule (checked by {@link ArticleEditing}).
 */
public record ArticleForm(
		@NotBlank(message = "{feed.form.title.required}") @Size(max = 200,
				message = "{feed.form.too-long}") @Nullable String title,
		@Size(max = 500, message = "{feed.form.too-long}") @Nullable String summary,
		@Size(max = 100_000, message = "{feed.form.too-long}") @Nullable String body,
		@Size(max = 500, message = "{feed.form.too-long}") @Nullable String tags,
		@Size(max = 300, message = "{feed.form.too-long}") @Nullable String coverAlt, @Nullable String publishAt) {

	static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	public static ArticleForm empty() {
		return new ArticleForm("", "", "", "", "", "");
	}

	static ArticleForm of(Article article) {
		var scheduled = article.scheduledAt();
		return new ArticleForm(article.title(), article.summary(), article.bodyMarkdown(),
				String.join(", ", article.sortedTags().stream().map(tag -> tag.name()).toList()),
				article.coverAlt() == null ? "" : article.coverAlt(),
				scheduled == null ? "" : LocalDateTime.ofInstant(scheduled, GENEVA).toString());
	}

	/**
	 * The form with a Markdown block (an image) inserted in the body at the cursor, on
	 * its own paragraph; at the end when the cursor is unknown or out of the text.
	 */
	public ArticleForm withBlockAt(String block, @Nullable Integer cursor) {
		// the browser counts a line break as one character, and sends two (CR LF)
		var text = body == null ? "" : body.replace("\r\n", "\n");
		int at = cursor == null || cursor < 0 || cursor > text.length() ? text.length() : cursor;
		var before = text.substring(0, at).stripTrailing();
		var after = text.substring(at).stripLeading();
		var inserted = (before.isEmpty() ? "" : before + "\n\n") + block + (after.isEmpty() ? "" : "\n\n" + after);
		return new ArticleForm(title, summary, inserted, tags, coverAlt, publishAt);
	}

	/** The distinct tag names, at most ten, each at most 50 characters. */
	List<String> tagNames() {
		return Arrays.stream(String.valueOf(tags == null ? "" : tags).split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty() && name.length() <= 50)
			.distinct()
			.limit(10)
			.toList();
	}

	/**
	 * The publication instant typed as Geneva local time, or {@code null} when missing or
	 * malformed.
	 */
	public @Nullable Instant publishInstant() {
		if (publishAt == null || publishAt.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(publishAt.strip()).atZone(GENEVA).toInstant();
		}
		catch (DateTimeParseException malformed) {
			return null;
		}
	}

}
