package org.cercle.events.calendar;

import java.util.Date;
import java.util.List;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Status;

import org.springframework.stereotype.Component;

import org.cercle.shared.Markdown;
import org.cercle.events.event.Event;

/**
 * Writes RFC 5545 calendars with biweekly, which escapes commas, semicolons and newlines;
 * lines are then folded at 75 octets, as the RFC counts them. Times are in Geneva time
 * ({@code TZID=Europe/Zurich}, its {@code VTIMEZONE} included: see {@link GenevaTime});
 * the UID is stable and the SEQUENCE grows with every change of a published event.
 */
@Component
public class Calendars {

	public String write(String name, List<Event> events, String baseUrl, boolean feed) {
		var calendar = new ICalendar();
		calendar.setProductId("-//Cercle//Evenements//FR");
		calendar.addExperimentalProperty("X-WR-CALNAME", name);
		calendar.addExperimentalProperty("X-WR-TIMEZONE", "Europe/Zurich");
		if (feed) {
			calendar.setRefreshInterval(new biweekly.util.Duration.Builder().hours(6).build());
			calendar.addExperimentalProperty("X-PUBLISHED-TTL", "PT6H");
		}
		events.forEach(event -> calendar.addEvent(vevent(event, baseUrl)));
		calendar.getTimezoneInfo().setDefaultTimezone(GenevaTime.assignment());
		return OctetFolding.fold(unfolded(calendar));
	}

	/**
	 * One event as an invitation: {@code METHOD:REQUEST}, or {@code METHOD:CANCEL} for a
	 * cancelled event; same UID as every other file of the event, its current SEQUENCE.
	 */
	public String invitation(Event event, String baseUrl) {
		var calendar = new ICalendar();
		calendar.setProductId("-//Cercle//Evenements//FR");
		calendar.setMethod(event.status() == Event.Status.CANCELLED ? biweekly.property.Method.cancel()
				: biweekly.property.Method.request());
		var vevent = vevent(event, baseUrl);
		vevent.setOrganizer(new biweekly.property.Organizer("Cercle", "no-reply@cercle.invalid"));
		calendar.addEvent(vevent);
		calendar.getTimezoneInfo().setDefaultTimezone(GenevaTime.assignment());
		return OctetFolding.fold(unfolded(calendar));
	}

	/**
	 * The calendar with biweekly's escaping but without its folding, which counts
	 * characters, not octets.
	 */
	private static String unfolded(ICalendar calendar) {
		var out = new StringWriter();
		try (var writer = new ICalWriter(out, ICalVersion.V2_0)) {
			writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
			writer.write(calendar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static VEvent vevent(Event event, String baseUrl) {
		var vevent = new VEvent();
		vevent.setUid(event.id() + "@cercle");
		vevent.setDateTimeStamp(Date.from(event.updatedAt()));
		vevent.setSequence(event.sequence());
		vevent.setDateStart(Date.from(event.startsAt()), true);
		vevent.setDateEnd(Date.from(event.endsAt()), true);
		vevent.setSummary(event.title());
		vevent.setDescription(event.summary() + "\n\n" + Markdown.toPlainText(event.descriptionMarkdown()));
		vevent.setLocation(event.venue().location());
		vevent.setUrl(baseUrl + "/events/" + event.slug());
		vevent.setStatus(event.status() == Event.Status.CANCELLED ? Status.cancelled() : Status.confirmed());
		if (event.series() != null) {
			vevent.addCategories(event.series());
		}
		vevent.setCreated(Date.from(event.createdAt()));
		vevent.setLastModified(Date.from(event.updatedAt()));
		return vevent;
	}

}
