package org.cercle.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

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

	private static Properties load(String path) throws IOException {
		var properties = new Properties();
		try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
