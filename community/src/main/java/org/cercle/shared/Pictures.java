package org.cercle.shared;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * Pictures members send (covers, images in articles, avatars): recognised by their
 * content, never by the name or the type the browser claims; JPEG, PNG or WebP; at most
 * {@value #MAX_PIXELS} pixels, read from the header before anything is decoded (a small
 * file may announce an enormous picture). Decoding and encoding again drops whatever else
 * the file carried (metadata, trailing data): no byte is served as uploaded.
 */
public final class Pictures {

	/** 40 megapixels: more than any camera's picture. */
	public static final long MAX_PIXELS = 40_000_000;

	static {
		ImageIO.scanForPlugins(); // the WebP reader, also from inside the packaged jar
	}

	private Pictures() {
	}

	/**
	 * Checks and decodes a picture.
	 * @throws Refused with the reason: {@code empty}, {@code too-big},
	 * {@code wrong-type}, {@code unreadable} or {@code too-many-pixels}
	 */
	public static Decoded decode(byte[] bytes, long maxBytes) {
		if (bytes.length == 0) {
			throw new Refused("empty");
		}
		if (bytes.length > maxBytes) {
			throw new Refused("too-big");
		}
		var format = switch (typeOf(bytes)) {
			case "image/jpeg" -> "jpeg";
			// WebP is decoded by TwelveMonkeys' reader and written again as PNG, which
			// keeps its transparency
			case "image/png", "image/webp" -> "png";
			default -> throw new Refused("wrong-type");
		};
		refuseTooManyPixels(bytes);
		BufferedImage decoded;
		try {
			decoded = ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException broken) {
			decoded = null;
		}
		if (decoded == null) {
			throw new Refused("unreadable");
		}
		return new Decoded(decoded, format);
	}

	/** The picture at most this wide, scaled down keeping its proportions. */
	public static BufferedImage atMostWide(BufferedImage image, int width) {
		if (image.getWidth() <= width) {
			return image;
		}
		int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
		return drawn(image, 0, 0, image.getWidth(), image.getHeight(), width, height);
	}

	/** The picture's centred square, scaled to this side. */
	public static BufferedImage square(BufferedImage image, int side) {
		int crop = Math.min(image.getWidth(), image.getHeight());
		return drawn(image, (image.getWidth() - crop) / 2, (image.getHeight() - crop) / 2, crop, crop, side, side);
	}

	/**
	 * The picture written as JPEG (transparency flattened on white) or PNG.
	 * @throws Refused {@code unreadable} when it cannot be written
	 */
	public static byte[] encode(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(format.equals("jpeg") ? withoutAlpha(image) : image, format, out)) {
				throw new Refused("unreadable");
			}
		}
		catch (IOException ex) {
			throw new Refused("unreadable");
		}
		return out.toByteArray();
	}

	/** The content type a format is served with. */
	public static String contentType(String format) {
		return format.equals("jpeg") ? "image/jpeg" : "image/png";
	}

	/**
	 * The type the content says, from its first bytes ("magic numbers"), or an empty
	 * string.
	 */
	public static String typeOf(byte[] bytes) {
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

	private static void refuseTooManyPixels(byte[] bytes) {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new Refused("unreadable");
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new Refused("too-many-pixels");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException broken) {
			throw broken instanceof Refused refused ? refused : new Refused("unreadable");
		}
	}

	private static BufferedImage drawn(BufferedImage image, int x, int y, int width, int height, int toWidth,
			int toHeight) {
		var scaled = new BufferedImage(toWidth, toHeight,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		var graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.drawImage(image, 0, 0, toWidth, toHeight, x, y, x + width, y + height, null);
		graphics.dispose();
		return scaled;
	}

	private static BufferedImage withoutAlpha(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		var graphics = rgb.createGraphics();
		graphics.drawImage(image, 0, 0, Color.WHITE, null);
		graphics.dispose();
		return rgb;
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

	/**
	 * A decoded picture and the format it is written in again.
	 *
	 * @param image the pixels
	 * @param format {@code jpeg} or {@code png}
	 */
	public record Decoded(BufferedImage image, String format) {
	}

	/** A picture the site does not accept; the reason says why. */
	public static final class Refused extends RuntimeException {

		private final String reason;

		Refused(String reason) {
			super(reason, null, false, false);
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}

	}

}
