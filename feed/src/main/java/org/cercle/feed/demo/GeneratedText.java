package org.cercle.feed.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * French-looking text for the volume generator, written by PostgreSQL itself. The
 * vocabulary's head is the words of Cercle's own demo articles, most frequent first (plus
 * the community's theme words); its tail is about 15,000 rarer French-looking words built
 * from prefixes, roots and endings. Words are drawn with a Zipf law (the word of rank r
 * about 1/r as often as the first), as in real prose: a few words are everywhere, most
 * are rare. Deterministic for a given seed.
 */
final class GeneratedText {

	private static final List<String> PREFIXES = List.of("co", "dé", "re", "pré", "trans", "inter", "sur", "sous", "en",
			"dis", "con", "per", "pro", "ré", "ac", "at", "em", "im", "ex", "contre");

	private static final List<String> ROOTS = List.of("fin", "tens", "mod", "port", "struct", "form", "vers", "mouv",
			"lum", "gest", "cept", "duct", "ject", "pos", "spect", "ven", "sent", "tract", "cours", "part", "val",
			"lég", "gén", "plic", "mun");

	private static final List<String> ENDINGS = List.of("ation", "ement", "ité", "eur", "euse", "ique", "able", "isme",
			"iste", "ance", "ence", "ier", "ière", "age", "ure", "oir", "aire", "elle", "ant", "ante", "if", "ive",
			"ion", "é", "ée", "er", "ez", "ons", "ent", "ages");

	private GeneratedText() {
	}

	/**
	 * Creates the vocabulary table and the {@code generated_text(words, seed)} SQL
	 * function.
	 */
	static void prepare(JdbcClient jdbc) {
		jdbc.sql("drop table if exists generated_vocabulary").update();
		jdbc.sql("create table generated_vocabulary (r integer primary key, word text not null unique)").update();
		var common = common();
		for (int i = 0; i < common.size(); i++) {
			jdbc.sql("insert into generated_vocabulary (r, word) values (:r, :w) on conflict do nothing")
				.param("r", i + 1)
				.param("w", common.get(i))
				.update();
		}
		jdbc.sql("""
				insert into generated_vocabulary (r, word)
				select (select max(r) from generated_vocabulary) + row_number() over (order by md5(w)), w
				from (select distinct p || m || e as w
				      from unnest(cast(:prefixes as text[])) p, unnest(cast(:roots as text[])) m,
				           unnest(cast(:endings as text[])) e) words
				where w not in (select word from generated_vocabulary)""")
			.param("prefixes", PREFIXES.toArray(String[]::new))
			.param("roots", ROOTS.toArray(String[]::new))
			.param("endings", ENDINGS.toArray(String[]::new))
			.update();
		jdbc.sql("""
				create or replace function generated_text(word_count integer, seed bigint) returns text
				language sql stable as $$
				    select string_agg(v.word, ' ' order by g.i)
				    from generate_series(1, word_count) g(i)
				    join generated_vocabulary v on v.r = least(
				        (select max(r) from generated_vocabulary),
				        floor(exp(((hashint8(seed * 7919 + g.i) & 2147483647)::float8 / 2147483648.0)
				                  * ln((select max(r) from generated_vocabulary) + 1)))::integer)
				$$""").update();
	}

	private static List<String> common() {
		try {
			var text = new ClassPathResource("generate/vocabulary-fr.txt").getContentAsString(StandardCharsets.UTF_8);
			return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("generate/vocabulary-fr.txt is missing", ex);
		}
	}

}
