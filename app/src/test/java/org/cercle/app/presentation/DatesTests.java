package org.cercle.app.presentation;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	private final Dates dates = new Dates();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void showsTheFrenchSwissWayInGenevaTime() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(dates.dateTime(Instant.parse("2013-01-23T07:30:00Z"))).isEqualTo("mercredi 23 janvier 2013, 08:30");
	}

	@Test
	void writesFirstOfTheMonthAsPremier() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(dates.date(Instant.parse("2013-02-01T10:00:00Z"))).isEqualTo("vendredi 1er février 2013");
		assertThat(dates.date(Instant.parse("2013-02-11T10:00:00Z"))).isEqualTo("lundi 11 février 2013");
	}

	@Test
	void followsSummerTime() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(dates.dateTime(Instant.parse("2013-07-01T06:30:00Z"))).isEqualTo("lundi 1er juillet 2013, 08:30");
	}

	@Test
	void usesTheDateOfGenevaNotOfUtc() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(dates.date(Instant.parse("2012-12-31T23:30:00Z"))).isEqualTo("mardi 1er janvier 2013");
	}

	@Test
	void speaksEnglishToEnglishReaders() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.date(Instant.parse("2013-01-23T07:30:00Z"))).isEqualTo("Wednesday 23 January 2013");
	}

	@Test
	void givesMachinesTheOffset() {
		assertThat(dates.iso(Instant.parse("2013-01-23T07:30:00Z"))).isEqualTo("2013-01-23T08:30:00+01:00");
	}

}
