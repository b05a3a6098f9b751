package org.cercle.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The registration and comment forms' traps for bots (#18, point 4): the hidden field,
 * the signed time the form was shown, the minimum fill time — with clocks of the test's
 * own.
 */
@IntegrationTest
class FormTimerTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFormSentTooSoonForgedOldOrWithTheHiddenFieldFilledIsRefused() {
		var shown = Instant.parse("2026-12-01T10:00:00Z");
		var stamp = timer(shown).stamp();
		assertThat(stamp).matches("\\d+\\.[A-Za-z0-9_-]{43}");

		assertThat(refusal(timer(shown.plusSeconds(2)), "", stamp)).isEqualTo("community.spam.form-too-fast");
		var fiveSecondsLater = timer(shown.plusSeconds(5));
		fiveSecondsLater.check("", stamp);
		fiveSecondsLater.check(null, stamp);
		assertThat(refusal(fiveSecondsLater, "https://promo.example", stamp)).isEqualTo("community.spam.form-refused");
		assertThat(refusal(fiveSecondsLater, "", null)).isEqualTo("community.spam.form-refused");
		var forged = (shown.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));
		assertThat(refusal(fiveSecondsLater, "", forged)).as("an earlier time with the same signature")
			.isEqualTo("community.spam.form-refused");
		assertThat(refusal(timer(shown.plus(Duration.ofDays(2))), "", stamp)).isEqualTo("community.spam.form-expired");
	}

	private FormTimer timer(Instant now) {
		return new FormTimer(jdbc, Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(3));
	}

	private static String refusal(FormTimer timer, String honeypot, String shownAt) {
		return catchThrowableOfType(SpamRefused.class, () -> timer.check(honeypot, shownAt)).messageKey();
	}

}
