package org.cercle.feed.image;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each author's images for articles: uploaded once with their alt text (required),
 * caption and credit, inserted as Markdown, reused, listed with the articles that show
 * them, deleted once no article does.
 */
@Service
public class ImageLibrary {

	static final int ALT_MAX = 300;

	static final int CAPTION_MAX = 300;

	static final int CREDIT_MAX = 200;

	private final ImageUpload upload;

	private final JdbcClient jdbc;

	ImageLibrary(ImageUpload upload, JdbcClient jdbc) {
		this.upload = upload;
		this.jdbc = jdbc;
	}

	/**
	 * Checks, describes and stores an image in the member's library.
	 * @throws ImageUpload.Refused with the message key saying why
	 */
	@Transactional
	public LibraryImage add(byte[] bytes, String alt, @Nullable String caption, @Nullable String credit, UUID member) {
		var described = described(alt, caption, credit);
		var image = upload.accept(bytes, member);
		image.describe(described.alt(), described.caption(), described.credit());
		var id = upload.store(image);
		return find(id, member, false).orElseThrow();
	}

	/** The member's images, newest first (an admin's list holds everyone's). */
	@Transactional(readOnly = true)
	public List<LibraryImage> of(UUID member, boolean admin, int max) {
		return jdbc.sql("""
				select id, alt, caption, credit, width, height, created_at from feed_image
				where in_library and (uploaded_by = :member or :admin) order by created_at desc, id limit :max""")
			.param("member", member)
			.param("admin", admin)
			.param("max", max)
			.query((row, number) -> new LibraryImage(row.getObject("id", UUID.class), row.getString("alt"),
					row.getString("caption"), row.getString("credit"), row.getInt("width"), row.getInt("height"),
					row.getTimestamp("created_at").toInstant(), usedIn(row.getObject("id", UUID.class))))
			.list();
	}

	/** One of the member's images (any, for an admin). */
	@Transactional(readOnly = true)
	public Optional<LibraryImage> find(UUID id, UUID member, boolean admin) {
		return jdbc.sql("""
				select id, alt, caption, credit, width, height, created_at from feed_image
				where id = :id and in_library and (uploaded_by = :member or :admin)""")
			.param("id", id)
			.param("member", member)
			.param("admin", admin)
			.query((row, number) -> new LibraryImage(id, row.getString("alt"), row.getString("caption"),
					row.getString("credit"), row.getInt("width"), row.getInt("height"),
					row.getTimestamp("created_at").toInstant(), usedIn(id)))
			.optional();
	}

	/**
	 * Deletes an image no article shows (neither as cover nor in its text).
	 * @throws ImageUpload.Refused when it is not the member's, or still shown
	 */
	@Transactional
	public void delete(UUID id, UUID member, boolean admin) {
		var image = find(id, member, admin).orElseThrow(() -> new ImageUpload.Refused("feed.cover.not-found"));
		if (!image.usedIn().isEmpty()) {
			throw new ImageUpload.Refused("feed.images.still-used");
		}
		jdbc.sql("delete from feed_image where id = :id").param("id", id).update();
	}

	private List<Use> usedIn(UUID id) {
		return jdbc.sql("""
				select slug, title from feed_article
				where cover_id = :id or strpos(body_markdown, :path) > 0 order by updated_at desc""")
			.param("id", id)
			.param("path", ImageUpload.path(id))
			.query((row, number) -> new Use(row.getString("slug"), row.getString("title")))
			.list();
	}

	private static Described described(String alt, @Nullable String caption, @Nullable String credit) {
		var cleanAlt = oneLine(alt);
		if (cleanAlt == null) {
			throw new ImageUpload.Refused("feed.images.alt-required");
		}
		var cleanCaption = oneLine(caption);
		var cleanCredit = oneLine(credit);
		if (cleanAlt.length() > ALT_MAX || (cleanCaption != null && cleanCaption.length() > CAPTION_MAX)
				|| (cleanCredit != null && cleanCredit.length() > CREDIT_MAX)) {
			throw new ImageUpload.Refused("feed.images.too-long");
		}
		return new Described(cleanAlt, cleanCaption, cleanCredit);
	}

	private static @Nullable String oneLine(@Nullable String text) {
		if (text == null) {
			return null;
		}
		var line = text.replaceAll("\\s+", " ").strip();
		return line.isEmpty() ? null : line;
	}

	private record Described(String alt, @Nullable String caption, @Nullable String credit) {
	}

	/** Where an image is shown: an article's slug and title. */
	public record Use(String slug, String title) {
	}

	/** An image of a library, with the Markdown that shows it as a figure. */
	public record LibraryImage(UUID id, String alt, @Nullable String caption, @Nullable String credit, int width,
			int height, Instant uploadedAt, List<Use> usedIn) {

		public String path() {
			return ImageUpload.path(id);
		}

		/** The narrowest copy, for a thumbnail. */
		public String thumbnailPath() {
			return width > ImageUpload.WIDTHS.get(0) ? path() + "/" + ImageUpload.WIDTHS.get(0) : path();
		}

		/** {@code ![alt](/images/… "caption © credit")}, escaped for Markdown. */
		public String markdown() {
			var title = caption == null ? "" : caption;
			if (credit != null) {
				title = (title + " © " + credit.replaceFirst("^©\\s*", "")).strip();
			}
			var alt = this.alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
			return "![" + alt + "](" + path()
					+ (title.isEmpty() ? "" : " \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + ")";
		}

	}

}
