package org.cercle.app.presentation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows instants the French-Swiss way in Europe/Zurich: "mercredi 23 janvier 2013,
 * 08:30", with "1er" for the first day of a month. Templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

	public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

	private static final DateTimeFormatter FRENCH_DATE = frenchDate();

	private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
			Locale.ENGLISH);

	/** The date alone, e.g. "vendredi 1er février 2013". */
	public String date(Instant instant) {
		return dateFormatter().format(instant.atZone(ZONE));
	}

	/** The date and the time, e.g. "mercredi 23 janvier 2013, 08:30". */
	public String dateTime(Instant instant) {
		return date(instant) + ", " + FRENCH_TIME.format(instant.atZone(ZONE));
	}

	/** The month and year, e.g. "janvier 2027", to group a list by month. */
	public String month(Instant instant) {
		var locale = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
		return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(instant.atZone(ZONE));
	}

	/** The time of day in Geneva, e.g. "08:30". */
	public String time(Instant instant) {
		return FRENCH_TIME.format(instant.atZone(ZONE));
	}

	/**
	 * The instant for machines, e.g. in a {@code <time datetime>} attribute: to the
	 * second, as HTML allows no more than milliseconds and readers need no more.
	 */
	public String iso(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(ZONE));
	}

	private static DateTimeFormatter dateFormatter() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? ENGLISH_DATE : FRENCH_DATE;
	}

	private static DateTimeFormatter frenchDate() {
		var days = new HashMap<Long, String>();
		for (long day = 1; day <= 31; day++) {
			days.put(day, day == 1 ? "1er" : Long.toString(day));
		}
		return new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL)
			.appendLiteral(' ')
			.appendText(ChronoField.DAY_OF_MONTH, days)
			.appendLiteral(' ')
			.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL)
			.appendLiteral(' ')
			.appendValue(ChronoField.YEAR)
			.toFormatter(Locale.FRENCH);
	}

}
