package org.cercle.events.calendar;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.events.event.Event;
import org.cercle.events.event.Events;
import org.cercle.events.registration.Registrations;

/** Each member's secret calendar address: a random token they can replace at any time. */
@Service
@Transactional
public class PersonalCalendars {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Registrations registrations;

	private final Events events;

	PersonalCalendars(JdbcClient jdbc, Registrations registrations, Events events) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.events = events;
	}

	/** The member's token, created on first use. */
	public String tokenOf(UUID member) {
		return jdbc.sql("select token from events_calendar_token where member_id = :member")
			.param("member", member)
			.query(String.class)
			.optional()
			.orElseGet(() -> reset(member));
	}

	/** Replaces the member's token: the old address stops working at once. */
	public String reset(UUID member) {
		var token = newToken();
		jdbc.sql("""
				insert into events_calendar_token (member_id, token) values (:member, :token)
				on conflict (member_id) do update set token = excluded.token""")
			.param("member", member)
			.param("token", token)
			.update();
		return token;
	}

	@Transactional(readOnly = true)
	public Optional<List<Event>> eventsFor(String token) {
		return jdbc.sql("select member_id from events_calendar_token where token = :token")
			.param("token", token)
			.query(UUID.class)
			.optional()
			.map(member -> events.findAllById(
					registrations.liveOfMember(member).stream().map(registration -> registration.eventId()).toList()));
	}

	private static String newToken() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
