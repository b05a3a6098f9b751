package org.cercle.events.demo;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.community.GeneratedMembers;

/**
 * Volume for benchmarks (profile {@code generate}): {@code cercle.generate.events}
 * published events (default 200; a quarter upcoming, one every week from tomorrow, the
 * others in the past), each with thirty registrations by generated members and a capacity
 * of forty. Slugs {@code evenement-genere-1} …. Runs once. Never part of demo content.
 */
@Component
@Profile("generate")
@Order(60)
class VolumeEvents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VolumeEvents.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int events;

	private final int members;

	VolumeEvents(JdbcClient jdbc, Clock clock, @Value("${cercle.generate.events:200}") int events,
			@Value("${cercle.generate.members:10000}") int members) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.members = members;
	}

	@Override
	public void run(ApplicationArguments args) {
		var existing = jdbc.sql("select count(*) from events_event where slug like 'evenement-genere-%'")
			.query(Long.class)
			.single();
		if (existing >= events) {
			return;
		}
		var upcoming = events / 4;
		jdbc.sql(
				"""
						insert into events_event (id, slug, title, summary, description_markdown, series, edition, starts_at, ends_at,
						                          venue_name, venue_city, capacity, status, organiser_id, created_at, updated_at)
						select md5('cercle-volume-event-' || e)::uuid, 'evenement-genere-' || e,
						       'Matinée générée n°' || e || ' : communautés et travail', 'Une matinée de démonstration de charge.',
						       'Accueil, deux présentations et une **discussion ouverte** entre participants.', 'Matinées E2.0', e,
						       date_trunc('day', cast(:now as timestamptz)) + (e - :upcoming) * interval '7 days' + interval '7 hours',
						       date_trunc('day', cast(:now as timestamptz)) + (e - :upcoming) * interval '7 days' + interval '9 hours 30 minutes',
						       'Fédération des Entreprises Romandes', 'Genève', 40, 'PUBLISHED', %s, :now, :now
						from generate_series(1, :events) e
						on conflict do nothing"""
					.formatted(GeneratedMembers.idSql("1")))
			.param("now", Timestamp.from(clock.instant()))
			.param("upcoming", events - upcoming)
			.param("events", events)
			.update();
		jdbc.sql(
				"""
						insert into events_registration (id, event_id, member_id, status, registered_at, check_in_code)
						select md5('cercle-volume-registration-' || e || '-' || k)::uuid, md5('cercle-volume-event-' || e)::uuid,
						       %s, 'CONFIRMED', cast(:now as timestamptz) - k * interval '1 hour',
						       upper(substr(md5('cercle-volume-check-in-' || e || '-' || k), 1, 10))
						from generate_series(1, :events) e, generate_series(1, 30) k
						on conflict do nothing"""
					.formatted(GeneratedMembers.idSql("(e * 53 + k * 11) % " + members + " + 1")))
			.param("now", Timestamp.from(clock.instant()))
			.param("events", events)
			.update();
		log.info("Volume: {} generated events with 30 registrations each", events);
	}

}
