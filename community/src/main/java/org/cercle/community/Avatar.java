package org.cercle.community;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a member appears beside what they wrote: their picture, or their initials when they
 * chose none (or deleted their account).
 *
 * @param name the member's name, the picture's alternative text
 * @param path where the picture is served, {@code null} for initials
 */
public record Avatar(String name, @Nullable String path) {

	/** Up to two letters: the first of the name's first and last words. */
	public String initials() {
		var words = name.strip().split("[\\s\\-]+");
		if (words.length == 0 || words[0].isEmpty()) {
			return "?";
		}
		var first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
		if (words.length == 1) {
			return first.toUpperCase(Locale.FRENCH);
		}
		var last = words[words.length - 1];
		return (first + last.substring(0, last.offsetByCodePoints(0, 1))).toUpperCase(Locale.FRENCH);
	}

	/**
	 * A colour chosen from the name, the same every time (one of six, all AA on white
	 * text).
	 */
	public int hue() {
		return Math.floorMod(name.hashCode(), 6);
	}

}
