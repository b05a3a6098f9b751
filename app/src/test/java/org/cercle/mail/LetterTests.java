package org.cercle.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A letter's headers can never carry a line break, so no value can start a header of its
 * own.
 */
class LetterTests {

	@Test
	void lineBreaksInTheSubjectNameOrHeadersBecomeSpaces() {
		var letter = new Letter("test", "a@b.ch", "Léa\r\nBcc: x@y.z", Locale.FRENCH, "Objet\r\nBcc: x@y.z", "t", "h",
				Map.of("In-Reply-To", "<a@b>\nBcc: x@y.z"), List.of());
		assertThat(letter.subject()).isEqualTo("Objet Bcc: x@y.z");
		assertThat(letter.toName()).isEqualTo("Léa Bcc: x@y.z");
		assertThat(letter.headers().get("In-Reply-To")).isEqualTo("<a@b> Bcc: x@y.z");
	}

	@Test
	void oneRecipientPerLetterAndOnlyKnownHeaders() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Letter("test", "a@b.ch, c@d.ch", null, Locale.FRENCH, "s", "t", "h", Map.of(), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new Letter("test", "a@b.ch\r\nBcc: c@d.ch", null,
				Locale.FRENCH, "s", "t", "h", Map.of(), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new Letter("test", "a@b.ch", null, Locale.FRENCH, "s",
				"t", "h", Map.of("Bcc", "c@d.ch"), List.of()));
	}

}
