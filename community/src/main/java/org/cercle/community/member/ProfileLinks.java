package org.cercle.community.member;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A member's links: one http(s) address per line, at most five. */
public final class ProfileLinks {

	public static final int MAX = 5;

	private ProfileLinks() {
	}

	public static List<String> parse(@Nullable String links) {
		if (links == null) {
			return List.of();
		}
		return Arrays.stream(links.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** True when every line is an absolute http or https address. */
	public static boolean valid(@Nullable String links) {
		var lines = parse(links);
		return lines.size() <= MAX && lines.stream().allMatch(ProfileLinks::isWebAddress);
	}

	private static boolean isWebAddress(String line) {
		try {
			var uri = URI.create(line);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& line.length() <= 300;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
