package org.cercle.events.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines longer than 75 octets of UTF-8 (RFC 5545, 3.1): a CRLF
 * and one space before the rest, never inside a character.
 */
final class OctetFolding {

	static final int MAX_OCTETS = 75;

	private OctetFolding() {
	}

	static String fold(String unfolded) {
		var result = new StringBuilder(unfolded.length() + unfolded.length() / 50 * 3);
		for (var line : unfolded.split("\r\n", -1)) {
			if (!result.isEmpty()) {
				result.append("\r\n");
			}
			foldLine(line, result);
		}
		return result.toString();
	}

	private static void foldLine(String line, StringBuilder result) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			var character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				result.append("\r\n ");
				octets = 1;
			}
			result.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
	}

}
