package org.cercle.feed.image;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.cercle.shared.Pictures;

/**
 * Accepts covers and images inside articles, checked and re-encoded by {@link Pictures},
 * at most {@code cercle.covers.max-bytes}, scaled down to {@value #MAX_WIDTH} pixels wide
 * when wider (an image never shows wider; a camera's picture would weigh megabytes on
 * every first visit), with narrower copies for small screens.
 */
@Service
public class ImageUpload {

	static final int MAX_WIDTH = 1600;

	/** The narrower copies made of every image wider than them, for {@code srcset}. */
	public static final List<Integer> WIDTHS = List.of(480, 960);

	private final Images images;

	private final Clock clock;

	private final long maxBytes;

	private final JdbcClient jdbc;

	ImageUpload(Images images, Clock clock, @Value("${cercle.covers.max-bytes:2097152}") long maxBytes,
			JdbcClient jdbc) {
		this.images = images;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/**
	 * Checks and re-encodes an image, without storing it yet: a form refused for another
	 * reason leaves nothing behind. Narrower copies ({@link #WIDTHS}) are made at once,
	 * for {@code srcset}.
	 * @throws Refused with a message key saying why the file is not accepted
	 */
	public Image accept(byte[] bytes, UUID uploader) {
		Pictures.Decoded decoded;
		try {
			decoded = Pictures.decode(bytes, maxBytes);
		}
		catch (Pictures.Refused refused) {
			throw new Refused("feed.cover." + refused.reason());
		}
		var full = Pictures.atMostWide(decoded.image(), MAX_WIDTH);
		var image = new Image(Pictures.contentType(decoded.format()), encoded(full, decoded.format()), full.getWidth(),
				full.getHeight(), uploader, clock.instant());
		for (int width : WIDTHS) {
			if (width < full.getWidth()) {
				var narrower = Pictures.atMostWide(full, width);
				image.addVariant(new Image.Variant(width, narrower.getHeight(), image.contentType(),
						encoded(narrower, decoded.format())));
			}
		}
		return image;
	}

	/**
	 * Stores an accepted image as staged: kept for the author's next submission (after a
	 * preview or a refused form) until an article takes it, deleted after a day
	 * otherwise.
	 */
	public UUID stage(Image image, java.time.Instant now) {
		var id = store(image);
		jdbc.sql("update feed_image set staged_at = :now where id = :id")
			.param("now", java.sql.Timestamp.from(now))
			.param("id", id)
			.update();
		return id;
	}

	/** Whether this staged image was uploaded by the member, who may then use it. */
	public boolean stagedBy(UUID id, UUID member) {
		return jdbc.sql("select count(*) from feed_image where id = :id and uploaded_by = :member")
			.param("id", id)
			.param("member", member)
			.query(Long.class)
			.single() > 0;
	}

	/** The image is an article's now: no longer staged. */
	public void attach(UUID id) {
		jdbc.sql("update feed_image set staged_at = null where id = :id").param("id", id).update();
	}

	/** Deletes staged images no article took, staged before the instant. */
	public int forgetStagedBefore(java.time.Instant before) {
		return jdbc.sql("""
				delete from feed_image i where i.staged_at < :before
				and not exists (select 1 from feed_article a where a.cover_id = i.id)""")
			.param("before", java.sql.Timestamp.from(before))
			.update();
	}

	/**
	 * Stores an image {@linkplain #accept accepted} before, with its narrower copies, and
	 * returns its id.
	 */
	public UUID store(Image image) {
		var id = images.saveAndFlush(image).id();
		for (var variant : image.variants()) {
			jdbc.sql("""
					insert into feed_image_variant (image_id, width, height, content_type, bytes)
					values (:id, :width, :height, :type, :bytes)""")
				.param("id", id)
				.param("width", variant.width())
				.param("height", variant.height())
				.param("type", variant.contentType())
				.param("bytes", variant.bytes())
				.update();
		}
		return id;
	}

	/**
	 * An image's size in pixels, for the page to keep its place before it arrives (none
	 * for WebP covers stored before they were re-encoded).
	 */
	public java.util.Optional<Size> size(UUID id) {
		return jdbc
			.sql("select width, height from feed_image where id = :id and width is not null and height is not null")
			.param("id", id)
			.query((row, number) -> new Size(row.getInt("width"), row.getInt("height")))
			.optional();
	}

	/** Width and height in pixels. */
	public record Size(int width, int height) {
	}

	/** Path where an image is served. */
	public static String path(UUID id) {
		return "/images/" + id;
	}

	private static byte[] encoded(java.awt.image.BufferedImage image, String format) {
		try {
			return Pictures.encode(image, format);
		}
		catch (Pictures.Refused refused) {
			throw new Refused("feed.cover." + refused.reason());
		}
	}

	/** An image the site does not accept; the message key says why. */
	public static class Refused extends RuntimeException {

		private final String reason;

		public Refused(String reason) {
			super(reason);
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}

	}

}
