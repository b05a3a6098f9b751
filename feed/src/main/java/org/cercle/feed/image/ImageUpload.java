package org.cercle.feed.image;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Accepts cover images: JPEG, PNG or WebP, recognised by their content (never by the name
 * or the type the browser claims), at most {@code cercle.covers.max-bytes}. JPEG and PNG
 * are decoded and re-encoded, which drops whatever else the file carried (metadata,
 * trailing data), and scaled down to {@value #MAX_WIDTH} pixels wide when wider (a cover
 * never shows wider; a camera's picture would weigh megabytes on every first visit); WebP
 * is decoded too (TwelveMonkeys' ImageIO reader) and written again as PNG, which keeps
 * its transparency.
 */
@Service
public class ImageUpload {

	static final int MAX_WIDTH = 1600;

	static {
		ImageIO.scanForPlugins(); // the WebP reader, also from inside the packaged jar
	}

	/** 40 megapixels: more than any camera's picture a cover would come from. */
	static final long MAX_PIXELS = 40_000_000;

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
	 * reason leaves nothing behind.
	 * @throws Refused with a message key saying why the file is not accepted
	 */
	public Image accept(byte[] bytes, UUID uploader) {
		if (bytes.length == 0) {
			throw new Refused("feed.cover.empty");
		}
		if (bytes.length > maxBytes) {
			throw new Refused("feed.cover.too-big");
		}
		return switch (typeOf(bytes)) {
			case "image/jpeg" -> reencoded(bytes, "jpeg", "image/jpeg", uploader);
			case "image/png" -> reencoded(bytes, "png", "image/png", uploader);
			// decoded by the WebP reader and written again as PNG: no byte is served as
			// uploaded
			case "image/webp" -> reencoded(bytes, "png", "image/png", uploader);
			default -> throw new Refused("feed.cover.wrong-type");
		};
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

	/** Stores an image {@linkplain #accept accepted} before and returns its id. */
	public UUID store(Image image) {
		return images.save(image).id();
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

	private Image reencoded(byte[] bytes, String format, String contentType, UUID uploader) {
		refuseTooManyPixels(bytes);
		BufferedImage decoded;
		try {
			decoded = ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException broken) {
			decoded = null;
		}
		if (decoded == null) {
			throw new Refused("feed.cover.unreadable");
		}
		decoded = atMostMaxWidth(decoded);
		var out = new ByteArrayOutputStream();
		try {
			var rgb = format.equals("jpeg") ? withoutAlpha(decoded) : decoded;
			if (!ImageIO.write(rgb, format, out)) {
				throw new Refused("feed.cover.unreadable");
			}
		}
		catch (IOException ex) {
			throw new Refused("feed.cover.unreadable");
		}
		return new Image(contentType, out.toByteArray(), decoded.getWidth(), decoded.getHeight(), uploader,
				clock.instant());
	}

	/**
	 * A small file may announce an enormous picture (a PNG of one colour compresses to
	 * almost nothing): its size is read from its header before anything is decoded.
	 */
	private static void refuseTooManyPixels(byte[] bytes) {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new Refused("feed.cover.unreadable");
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new Refused("feed.cover.too-many-pixels");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException broken) {
			throw broken instanceof Refused refused ? refused : new Refused("feed.cover.unreadable");
		}
	}

	private static BufferedImage atMostMaxWidth(BufferedImage image) {
		if (image.getWidth() <= MAX_WIDTH) {
			return image;
		}
		int height = Math.max(1, Math.round((float) image.getHeight() * MAX_WIDTH / image.getWidth()));
		var scaled = new BufferedImage(MAX_WIDTH, height,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		var graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.drawImage(image, 0, 0, MAX_WIDTH, height, null);
		graphics.dispose();
		return scaled;
	}

	private static BufferedImage withoutAlpha(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		var graphics = rgb.createGraphics();
		graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		graphics.dispose();
		return rgb;
	}

	/**
	 * The type the content says, from its first bytes ("magic numbers"), or an empty
	 * string.
	 */
	static String typeOf(byte[] bytes) {
		if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
			return "image/webp";
		}
		return "";
	}

	private static boolean starts(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		var head = Arrays.copyOfRange(bytes, offset, offset + expected.length);
		for (int i = 0; i < expected.length; i++) {
			if ((head[i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	/** An image the site does not accept; the message key says why. */
	public static class Refused extends RuntimeException {

		private final String reason;

		Refused(String reason) {
			super(reason);
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}

	}

}
