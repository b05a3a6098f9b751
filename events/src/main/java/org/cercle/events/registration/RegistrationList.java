package org.cercle.events.registration;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;
import org.cercle.events.event.Event;
import org.cercle.shared.SpreadsheetCells;

/** Who registered for an event, in order: confirmed, waitlisted, then cancelled. */
@Service
@Transactional(readOnly = true)
public class RegistrationList {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Europe/Zurich"));

	private final Registrations registrations;

	private final MemberDirectory members;

	private final org.springframework.context.MessageSource messages;

	RegistrationList(Registrations registrations, MemberDirectory members,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.registrations = registrations;
		this.members = members;
	}

	public List<Row> of(Event event) {
		var all = registrations.ofEvent(event.id());
		var names = members.findAll(all.stream().map(registration -> new MemberId(registration.memberId())).toList());
		return all.stream()
			.map(registration -> row(registration, names.get(new MemberId(registration.memberId()))))
			.toList();
	}

	/** One registration as the organiser sees it: a single member looked up. */
	Row row(Registration registration) {
		var id = new MemberId(registration.memberId());
		return row(registration, members.findAll(List.of(id)).get(id));
	}

	/** A deleted member is named « membre supprimé » in the reader's language. */
	private Row row(Registration registration, @Nullable MemberSummary member) {
		return new Row(
				member == null
						? messages.getMessage("events.member.deleted", null,
								org.springframework.context.i18n.LocaleContextHolder.getLocale())
						: member.displayName(),
				member == null ? "" : member.handle(), registration.status().name(), registration.registeredAt(),
				registration.cancelledAt(), registration.checkInCode(), registration.checkedInAt());
	}

	/**
	 * The list as CSV for a French spreadsheet: UTF-8 with a byte order mark, semicolons,
	 * local Geneva times; names that a spreadsheet would compute are written as text.
	 * Headers and statuses in the reader's language.
	 */
	public String csv(Event event, java.util.Locale locale) {
		var out = new StringWriter();
		out.write('\uFEFF');
		var format = CSVFormat.Builder.create(CSVFormat.EXCEL)
			.setDelimiter(';')
			.setHeader(java.util.stream.Stream.of("name", "handle", "status", "registered", "cancelled", "arrived")
				.map(column -> messages.getMessage("events.csv." + column, null, locale))
				.toArray(String[]::new))
			.get();
		try (var printer = format.print(out)) {
			for (var row : of(event)) {
				printer.printRecord(SpreadsheetCells.text(row.name()), SpreadsheetCells.text(row.handle()),
						messages.getMessage("events.csv." + row.status(), null, locale),
						LOCAL.format(row.registeredAt()),
						row.cancelledAt() == null ? "" : LOCAL.format(row.cancelledAt()),
						row.checkedInAt() == null ? "" : LOCAL.format(row.checkedInAt()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Confirmed and waiting registrations per event, read in one query. */
	public java.util.Map<UUID, Totals> totals(java.util.Collection<UUID> events) {
		var totals = new java.util.HashMap<UUID, Totals>();
		if (events.isEmpty()) {
			return totals;
		}
		for (var row : registrations.totals(events)) {
			totals.put((UUID) row[0], new Totals(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
		}
		return totals;
	}

	/** An event's confirmed and waitlisted registrations. */
	public record Totals(long confirmed, long waitlisted) {

		public static final Totals NONE = new Totals(0, 0);

	}

	/** One registration as the organiser sees it. */
	public record Row(String name, String handle, String status, Instant registeredAt, @Nullable Instant cancelledAt,
			String checkInCode, @Nullable Instant checkedInAt) {

		public boolean confirmed() {
			return "CONFIRMED".equals(status);
		}

	}

}
