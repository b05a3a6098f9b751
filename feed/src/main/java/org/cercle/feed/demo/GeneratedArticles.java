package org.cercle.feed.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds plausible demo articles from a list of titles and a pool of paragraphs, with a
 * fixed seed so that every demo database looks the same. They are dated before the
 * landmark articles.
 */
final class GeneratedArticles {

	private static final List<String> TAGS = List.of("Entreprise 2.0", "Communautés", "Futur du travail",
			"Community management", "Réseaux sociaux d'entreprise", "Systèmes d'information", "Marketing");

	private static final List<String> AUTHORS = List.of("claude", "anais", "leo", "sophie");

	private static final LocalDate NEWEST = LocalDate.of(2012, 11, 28);

	private GeneratedArticles() {
	}

	static List<DemoText> of(String titles, String paragraphs) {
		var random = new Random(2013);
		var pool = paragraphs.lines().filter(line -> !line.isBlank()).toList();
		var result = new ArrayList<DemoText>();
		var titleList = titles.lines().filter(line -> !line.isBlank()).toList();
		for (int i = 0; i < titleList.size(); i++) {
			var body = new StringBuilder();
			for (int p = 0; p < 4; p++) {
				body.append(pool.get(random.nextInt(pool.size()))).append("\n\n");
			}
			var first = TAGS.get(i % TAGS.size());
			var second = TAGS.get((i * 3 + 1) % TAGS.size());
			var tags = first.equals(second) ? List.of(first) : List.of(first, second);
			var published = NEWEST.minusWeeks(2L * i).atTime(8 + random.nextInt(10), 0).atOffset(ZoneOffset.UTC);
			result.add(new DemoText(titleList.get(i), published.toString(), AUTHORS.get(i % AUTHORS.size()), tags,
					pool.get(random.nextInt(pool.size())), body.toString().strip()));
		}
		return result;
	}

}
