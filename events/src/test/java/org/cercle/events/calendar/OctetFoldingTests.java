package org.cercle.events.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OctetFoldingTests {

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
		var line = "DESCRIPTION:" + "Écouter, répondre et apprendre — ensemble ".repeat(6);
		var folded = OctetFolding.fold(line + "\r\nEND:VEVENT");
		assertThat(Arrays.stream(folded.split("\r\n")).mapToInt(part -> part.getBytes(StandardCharsets.UTF_8).length))
			.allMatch(octets -> octets <= 75);
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VEVENT");
	}

	@Test
	void leavesShortLinesAlone() {
		assertThat(OctetFolding.fold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
			.isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
	}

}
