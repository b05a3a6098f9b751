package org.cercle.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every French message has its English twin, so English readers never meet a French
 * fallback.
 */
class MessageBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "app", "community", "mail", "feed", "events", "notifications" })
	void everyFrenchMessageHasAnEnglishOne(String module) throws IOException {
		var french = load("messages/" + module + ".properties");
		var english = load("messages/" + module + "_en.properties");
		assertThat(english.stringPropertyNames()).containsAll(french.stringPropertyNames());
	}

	/**
	 * Messages pass through {@code MessageFormat} (always-use-message-format), which eats
	 * a single quote: every word written with an apostrophe ("d'attente", "circle's")
	 * must come out with it, rendered with sample arguments that reach every choice.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "app", "community", "mail", "feed", "events", "notifications", "app_en", "community_en",
			"mail_en", "feed_en", "events_en", "notifications_en" })
	void noApostropheIsLostWhenAMessageIsRendered(String bundle) throws IOException {
		var messages = load("messages/" + bundle + ".properties");
		var locale = bundle.endsWith("_en") ? Locale.ENGLISH : Locale.FRENCH;
		var lost = new ArrayList<String>();
		for (var key : messages.stringPropertyNames()) {
			var pattern = messages.getProperty(key);
			var rendered = new StringBuilder();
			for (var sample : new Object[] { 0, 1, 2, 5 }) {
				var args = new Object[10];
				Arrays.fill(args, sample);
				rendered.append(new MessageFormat(pattern, locale).format(args)).append('\n');
			}
			var words = Pattern.compile("\\p{L}+'+\\p{L}+").matcher(pattern);
			while (words.find()) {
				var word = words.group().replaceAll("'+", "'");
				if (!rendered.toString().contains(word)) {
					lost.add(key + ": " + word + " → " + rendered.toString().split("\n")[0]);
				}
			}
		}
		assertThat(lost).as("apostrophes lost in " + bundle).isEmpty();
	}

	private static Properties load(String path) throws IOException {
		var properties = new Properties();
		try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
