package org.cercle.events.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.cercle.events.registration.RegistrationList;

/** The organiser's view of an event's registrations: per day, and who came. */
final class RegistrationCharts {

	private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.FRENCH);

	private RegistrationCharts() {
	}

	/** Check-in rate: arrived of confirmed, as a whole percentage (0 with nobody). */
	public record CheckInRate(long confirmed, long arrived) {

		public long percent() {
			return confirmed == 0 ? 0 : arrived * 100 / confirmed;
		}

	}

	/**
	 * Registrations per day since the first, by what they are now: confirmed below,
	 * waitlisted on top; days without any are shown too.
	 */
	static BarChart perDay(List<RegistrationList.Row> rows) {
		var byDay = new TreeMap<LocalDate, long[]>();
		for (var row : rows) {
			var day = row.registeredAt().atZone(GENEVA).toLocalDate();
			var counts = byDay.computeIfAbsent(day, any -> new long[2]);
			if (row.status().equals("CONFIRMED")) {
				counts[0]++;
			}
			else if (row.status().equals("WAITLISTED")) {
				counts[1]++;
			}
		}
		var bars = new ArrayList<BarChart.Bar>();
		if (!byDay.isEmpty()) {
			for (var day = byDay.firstKey(); !day.isAfter(byDay.lastKey()); day = day.plusDays(1)) {
				var counts = byDay.getOrDefault(day, new long[2]);
				bars.add(new BarChart.Bar(DAY.format(day), counts[0], counts[1]));
			}
		}
		var confirmed = bars.stream().mapToLong(BarChart.Bar::first).sum();
		var waiting = bars.stream().mapToLong(BarChart.Bar::second).sum();
		return new BarChart("Inscriptions par jour",
				"Inscriptions par jour depuis la première : " + confirmed + " confirmées et " + waiting
						+ " en liste d'attente, sur " + bars.size() + " jour(s).",
				"confirmées", "en liste d'attente", bars);
	}

	static CheckInRate checkInRate(List<RegistrationList.Row> rows) {
		var confirmed = rows.stream().filter(RegistrationList.Row::confirmed).toList();
		return new CheckInRate(confirmed.size(), confirmed.stream().filter(row -> row.checkedInAt() != null).count());
	}

}
