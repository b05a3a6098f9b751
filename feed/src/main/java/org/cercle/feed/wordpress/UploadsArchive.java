package org.cercle.feed.wordpress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.cercle.shared.Refusal.Kind;

/**
 * A WordPress {@code uploads} folder, zipped as an admin hands it over: its images by
 * their path below {@code uploads/} ({@code 2026/11/photo.png}), whatever folders the zip
 * wraps them in. Bounded, so that a small zip can never unpack into gigabytes.
 */
final class UploadsArchive {

	static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

	static final int MAX_FILES = 5000;

	private UploadsArchive() {
	}

	static Map<String, byte[]> images(byte[] zip) {
		var images = new HashMap<String, byte[]>();
		long total = 0;
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				var name = entry.getName().replace('\\', '/');
				if (entry.isDirectory() || !isImage(name)) {
					continue;
				}
				if (images.size() >= MAX_FILES) {
					throw new ImportRefused(Kind.INVALID, "feed.import.uploads-too-big");
				}
				var out = new ByteArrayOutputStream();
				var buffer = new byte[8192];
				for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
					total += read;
					if (total > MAX_TOTAL_BYTES) {
						throw new ImportRefused(Kind.INVALID, "feed.import.uploads-too-big");
					}
					out.write(buffer, 0, read);
				}
				images.put(relative(name), out.toByteArray());
			}
		}
		catch (IOException | IllegalArgumentException unreadable) {
			throw new ImportRefused(Kind.INVALID, "feed.import.uploads-unreadable");
		}
		return images;
	}

	/** {@code x/wp-content/uploads/2026/11/a.png} and {@code 2026/11/a.png} alike. */
	static String relative(String path) {
		var at = path.lastIndexOf("uploads/");
		return at >= 0 ? path.substring(at + "uploads/".length()) : path.replaceFirst("^/+", "");
	}

	private static boolean isImage(String name) {
		var lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".webp");
	}

}
