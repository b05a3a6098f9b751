package org.cercle.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns French titles into readable ASCII slugs: "La communauté au coeur de
 * l'organisation 2.0" becomes {@code la-communaute-au-coeur-de-l-organisation-2-0}.
 * Accents are dropped, ligatures spelled out (œ → oe), apostrophes and every other
 * non-alphanumeric run become a single dash.
 */
public final class Slugs {

	private static final int MAX_LENGTH = 80;

	private static final Map<String, String> LIGATURES = Map.of("œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae", "ß", "ss");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/** The slug of a title; never empty (falls back to "article"). */
	public static String of(String title) {
		var text = title;
		for (var ligature : LIGATURES.entrySet()) {
			text = text.replace(ligature.getKey(), ligature.getValue());
		}
		text = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		text = NON_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
		text = trimDashes(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
		return text.isEmpty() ? "article" : text;
	}

	/**
	 * The slug of a title that is not yet taken: the plain slug, else the slug followed
	 * by -2, -3, and so on.
	 */
	/**
	 * The slug of the title, made unique among those already taken: {@code takenLike}
	 * answers, in one query, every taken slug equal to the slug or to it followed by
	 * {@code -<n>}.
	 */
	public static String uniqueAmong(String title,
			java.util.function.Function<String, java.util.Collection<String>> takenLike) {
		var base = of(title);
		var taken = new java.util.HashSet<>(takenLike.apply(base));
		var candidate = base;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	public static String unique(String title, Predicate<String> taken) {
		var base = of(title);
		var candidate = base;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private static String trimDashes(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

}
