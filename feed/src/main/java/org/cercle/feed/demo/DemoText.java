package org.cercle.feed.demo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * A demo article as written in a resource file: "key: value" header lines (title,
 * published, author, tags, summary), a line "---", then the Markdown body.
 */
record DemoText(String title, String published, String author, List<String> tags, String summary, String body) {

	static DemoText parse(String text) {
		var separator = text.indexOf("\n---\n");
		if (separator < 0) {
			throw new IllegalArgumentException("Demo article without a '---' line");
		}
		var header = new HashMap<String, String>();
		for (var line : text.substring(0, separator).split("\n")) {
			var colon = line.indexOf(": ");
			if (colon > 0) {
				header.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
			}
		}
		var tags = Arrays.stream(header.getOrDefault("tags", "").split(","))
			.map(String::strip)
			.filter(tag -> !tag.isEmpty())
			.toList();
		return new DemoText(header.get("title"), header.get("published"), header.get("author"), tags,
				header.get("summary"), text.substring(separator + 5).strip());
	}

}
