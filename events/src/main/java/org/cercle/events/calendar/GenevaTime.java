package org.cercle.events.calendar;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.TimeZone;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

/**
 * Calendars in Geneva time: {@code DTSTART;TZID=Europe/Zurich} with the zone's
 * {@code VTIMEZONE} written from the JDK's own time-zone rules (no download), so that a
 * calendar that does not know the zone (Outlook) still shows the right hour on both sides
 * of a daylight-saving change.
 */
final class GenevaTime {

	static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

	private static final TimezoneAssignment ASSIGNMENT = new TimezoneAssignment(TimeZone.getTimeZone(ZONE),
			component());

	private GenevaTime() {
	}

	static TimezoneAssignment assignment() {
		return ASSIGNMENT;
	}

	/**
	 * The zone's yearly rules, each a STANDARD or DAYLIGHT observance: "the weekday on or
	 * after the nth" is written as that weekday with the seven month days from the nth.
	 */
	private static VTimezone component() {
		var timezone = new VTimezone(ZONE.getId());
		var rules = ZONE.getRules();
		for (var rule : rules.getTransitionRules()) {
			var first = rule.createTransition(1996).getDateTimeBefore();
			Observance observance = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds()
					? new DaylightSavingsTime() : new StandardTime();
			observance.setDateStart(new DateTimeComponents(first.getYear(), first.getMonthValue(),
					first.getDayOfMonth(), first.getHour(), first.getMinute(), first.getSecond(), false));
			observance.setTimezoneOffsetFrom(offset(rule.getOffsetBefore().getTotalSeconds()));
			observance.setTimezoneOffsetTo(offset(rule.getOffsetAfter().getTotalSeconds()));
			var days = new ArrayList<Integer>();
			for (int day = rule.getDayOfMonthIndicator(); day < rule.getDayOfMonthIndicator() + 7; day++) {
				days.add(day);
			}
			observance.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue())
				.byDay(DayOfWeek.valueOfAbbr(rule.getDayOfWeek().name().substring(0, 2)))
				.byMonthDay(days)
				.build());
			timezone.addComponent(observance);
		}
		return timezone;
	}

	private static UtcOffset offset(int seconds) {
		return new UtcOffset(seconds >= 0, Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
	}

}
