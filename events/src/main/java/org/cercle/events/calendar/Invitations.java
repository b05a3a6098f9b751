package org.cercle.events.calendar;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.events.EventId;
import org.cercle.events.EventParticipants;
import org.cercle.events.event.EventRefused;
import org.cercle.events.event.Events;
import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Registrations;

/** Who is registered for an event, and its invitation for their calendars. */
@Component
@Transactional(readOnly = true)
class Invitations implements EventParticipants {

	private final Events events;

	private final Registrations registrations;

	private final Calendars calendars;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Invitations(Events events, Registrations registrations, Calendars calendars,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.events = events;
		this.registrations = registrations;
		this.calendars = calendars;
	}

	@Override
	public List<MemberId> registered(EventId event) {
		return registrations.ofEvent(event.value())
			.stream()
			.filter(registration -> registration.status() != Registration.Status.CANCELLED)
			.map(registration -> new MemberId(registration.memberId()))
			.toList();
	}

	@Override
	public List<Attendance> confirmedStartingBetween(Instant from, Instant to) {
		return jdbc
			.sql("""
					select e.id, e.slug, e.title, e.starts_at, r.member_id
					from events_event e join events_registration r on r.event_id = e.id
					where e.status = 'PUBLISHED' and r.status = 'CONFIRMED' and e.starts_at > :from and e.starts_at <= :to""")
			.param("from", java.sql.Timestamp.from(from))
			.param("to", java.sql.Timestamp.from(to))
			.query((rs, row) -> new Attendance(new EventId(rs.getObject("id", java.util.UUID.class)),
					rs.getString("slug"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
					new MemberId(rs.getObject("member_id", java.util.UUID.class))))
			.list();
	}

	@Override
	public List<Attendance> upcomingOf(MemberId member, Instant now) {
		return jdbc
			.sql("""
					select e.id, e.slug, e.title, e.starts_at, r.member_id
					from events_event e join events_registration r on r.event_id = e.id
					where r.member_id = :member and r.status <> 'CANCELLED' and e.status = 'PUBLISHED' and e.starts_at > :now
					order by e.starts_at""")
			.param("member", member.value())
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, row) -> new Attendance(new EventId(rs.getObject("id", java.util.UUID.class)),
					rs.getString("slug"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
					new MemberId(rs.getObject("member_id", java.util.UUID.class))))
			.list();
	}

	@Override
	public String invitation(EventId event, String baseUrl) {
		return calendars.invitation(events.findById(event.value()).orElseThrow(EventRefused::notFound), baseUrl);
	}

	@Override
	public byte[] checkInQr(String eventSlug, String code, String baseUrl) {
		return org.cercle.events.registration.CheckInQr
			.png(org.cercle.events.registration.CheckInQr.address(baseUrl, eventSlug, code));
	}

}
