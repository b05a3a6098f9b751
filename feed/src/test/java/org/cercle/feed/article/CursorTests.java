package org.cercle.feed.article;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cercle.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTests {

	@Test
	void readsBackWhatItWrites() {
		var cursor = new Cursor(Instant.parse("2013-01-23T07:30:00.123456Z"), UUID.randomUUID());
		assertThat(Cursor.parse(cursor.format())).isEqualTo(cursor);
	}

	@Test
	void noCursorMeansTheNewestPage() {
		assertThat(Cursor.parse(null)).isNull();
		assertThat(Cursor.parse(" ")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "12", "12_not-a-uuid", "-5_3f2504e0-4f89-11d3-9a0c-0305e82c3301",
			"99999999999999999999_3f2504e0-4f89-11d3-9a0c-0305e82c3301", "1_3F2504E0-4F89-11D3-9A0C-0305E82C3301x" })
	void refusesAnythingElseAsInvalid(String text) {
		assertThatThrownBy(() -> Cursor.parse(text)).isInstanceOfSatisfying(ArticleRefused.class,
				ex -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.INVALID));
	}

}
