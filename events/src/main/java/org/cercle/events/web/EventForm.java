package org.cercle.events.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

import org.cercle.community.CircleCatalog;
import org.cercle.events.event.AgendaItem;
import org.cercle.events.event.EventManagement;
import org.cercle.events.event.EventDetails;
import org.cercle.events.event.Speaker;
import org.cercle.events.event.Venue;
import org.cercle.community.CircleId;

/**
 * The organiser's form, as typed: dates and times are Geneva local time. {@link #details}
 * turns it into checked {@link EventDetails}, or adds French field errors and returns
 * {@code null}.
 */
public record EventForm(
		@NotBlank(message = "{events.form.title.required}") @Size(max = 200,
				message = "{events.form.too-long}") @Nullable String title,
		@NotBlank(message = "{events.form.summary.required}") @Size(max = 500,
				message = "{events.form.too-long}") @Nullable String summary,
		@Size(max = 20000, message = "{events.form.too-long}") @Nullable String description,
		@Size(max = 100, message = "{events.form.too-long}") @Nullable String series, @Nullable String edition,
		@Nullable String startDate, @Nullable String startTime, @Nullable String endDate, @Nullable String endTime,
		@Size(max = 200, message = "{events.form.too-long}") @Nullable String venueName,
		@Size(max = 200, message = "{events.form.too-long}") @Nullable String venueAddress,
		@Size(max = 100, message = "{events.form.too-long}") @Nullable String venueCity,
		@Size(max = 300, message = "{events.form.too-long}") @Nullable String onlineUrl, @Nullable String capacity,
		@Nullable String registrationOpens, @Nullable String registrationCloses,
		@Size(max = 4000, message = "{events.form.too-long}") @Nullable String speakers,
		@Size(max = 4000, message = "{events.form.too-long}") @Nullable String agenda, @Nullable String circle) {

	static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	static EventForm empty() {
		return new EventForm("", "", "", "Matinées E2.0", "", "", "08:00", "", "10:30", "", "", "Genève", "", "", "",
				"", "", "08:00 Accueil et café\n08:30 Présentations\n09:30 Discussion ouverte", "");
	}

	static EventForm of(EventManagement.Editable editable) {
		var event = editable.details();
		var start = LocalDateTime.ofInstant(event.startsAt(), GENEVA);
		var end = LocalDateTime.ofInstant(event.endsAt(), GENEVA);
		var speakers = new StringBuilder();
		event.speakers()
			.forEach(speaker -> speakers.append(speaker.name())
				.append(" ; ")
				.append(blank(speaker.role()))
				.append(" ; ")
				.append(blank(speaker.organisation()))
				.append('\n'));
		var agenda = new StringBuilder();
		event.agenda().forEach(item -> agenda.append(item.time()).append(' ').append(item.title()).append('\n'));
		return new EventForm(event.title(), event.summary(), event.description(), event.series(),
				event.edition() == null ? "" : event.edition().toString(), start.toLocalDate().toString(),
				start.toLocalTime().toString(), end.toLocalDate().toString(), end.toLocalTime().toString(),
				event.venue().name(), event.venue().address(), event.venue().city(), event.venue().onlineUrl(),
				event.capacity() == null ? "" : event.capacity().toString(), local(event.registrationOpensAt()),
				local(event.registrationClosesAt()), speakers.toString().strip(), agenda.toString().strip(),
				editable.circleId() == null ? "" : String.valueOf(editable.circleId().value()));
	}

	@Nullable EventDetails details(Errors errors) {
		var starts = instant(startDate, startTime, "startDate", errors);
		var ends = instant(endDate, endTime, "endDate", errors);
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			errors.rejectValue("endDate", "events.form.end-before-start");
		}
		var seats = positive(capacity, "capacity", errors);
		var number = positive(edition, "edition", errors);
		var opens = instant(registrationOpens, "registrationOpens", errors);
		var closes = instant(registrationCloses, "registrationCloses", errors);
		if (blank(venueName).isEmpty() && blank(onlineUrl).isEmpty()) {
			errors.rejectValue("venueName", "events.form.venue.required");
		}
		if (!blank(onlineUrl).isEmpty() && !blank(onlineUrl).matches("https?://\\S+")) {
			errors.rejectValue("onlineUrl", "events.form.online.invalid");
		}
		var agendaItems = agendaItems(errors);
		if (errors.hasErrors() || starts == null || ends == null) {
			return null;
		}
		return new EventDetails(blank(title), blank(summary), blank(description), nullIfBlank(series), number, starts,
				ends, new Venue(nullIfBlank(venueName), nullIfBlank(venueAddress), nullIfBlank(venueCity),
						nullIfBlank(onlineUrl)),
				seats, opens, closes, speakerList(), agendaItems);
	}

	/**
	 * The circle the event belongs to, if one is chosen; a field error when it is not a
	 * known circle.
	 */
	@Nullable CircleId circleId(Errors errors, CircleCatalog circles) {
		if (blank(circle).isEmpty()) {
			return null;
		}
		try {
			var id = new CircleId(UUID.fromString(blank(circle)));
			if (circles.findById(id).isPresent()) {
				return id;
			}
		}
		catch (IllegalArgumentException notAnId) {
			// reported below
		}
		errors.rejectValue("circle", "events.form.circle.unknown");
		return null;
	}

	private List<Speaker> speakerList() {
		var list = new ArrayList<Speaker>();
		for (var line : blank(speakers).split("\\R")) {
			var parts = line.split(";", -1);
			if (!parts[0].isBlank()) {
				list.add(new Speaker(parts[0].strip(), parts.length > 1 ? nullIfBlank(parts[1]) : null,
						parts.length > 2 ? nullIfBlank(parts[2]) : null));
			}
		}
		return list;
	}

	private List<AgendaItem> agendaItems(Errors errors) {
		var list = new ArrayList<AgendaItem>();
		for (var line : blank(agenda).split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			var matcher = java.util.regex.Pattern.compile("(\\d{1,2}[:h]\\d{2})\\s+(.+)").matcher(line.strip());
			if (!matcher.matches()) {
				errors.rejectValue("agenda", "events.form.agenda.invalid");
				return list;
			}
			list.add(new AgendaItem(matcher.group(1).replace('h', ':'), matcher.group(2).strip()));
		}
		return list;
	}

	private static @Nullable Instant instant(@Nullable String date, @Nullable String time, String field,
			Errors errors) {
		try {
			return LocalDateTime.of(LocalDate.parse(blank(date)), LocalTime.parse(blank(time)))
				.atZone(GENEVA)
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "events.form.date.invalid");
			return null;
		}
	}

	private static @Nullable Instant instant(@Nullable String dateTime, String field, Errors errors) {
		if (blank(dateTime).isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(blank(dateTime)).atZone(GENEVA).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "events.form.date.invalid");
			return null;
		}
	}

	private static @Nullable Integer positive(@Nullable String number, String field, Errors errors) {
		if (blank(number).isEmpty()) {
			return null;
		}
		try {
			var value = Integer.parseInt(blank(number));
			if (value > 0 && value <= 100_000) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue(field, "events.form.number.invalid");
		return null;
	}

	private static String local(@Nullable Instant instant) {
		return instant == null ? "" : LocalDateTime.ofInstant(instant, GENEVA).toString();
	}

	private static String blank(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	private static @Nullable String nullIfBlank(@Nullable String text) {
		return blank(text).isEmpty() ? null : blank(text);
	}

}
