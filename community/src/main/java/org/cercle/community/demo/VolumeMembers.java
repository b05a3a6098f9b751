package org.cercle.community.demo;

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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.cercle.community.GeneratedMembers;

/**
 * Volume for benchmarks (profile {@code generate}): {@code cercle.generate.members}
 * members (default 10,000; handles {@code membre-1} … with the password
 * {@code cercle-volume-membre}) and {@code cercle.generate.circles} circles (default 30),
 * each with about fifty members. Runs once: what is there already is kept. Never part of
 * demo content.
 */
@Component
@Profile("generate")
@Order(40)
class VolumeMembers implements ApplicationRunner {

	static final String PASSWORD = "cercle-volume-membre";

	private static final Logger log = LoggerFactory.getLogger(VolumeMembers.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final int members;

	private final int circles;

	VolumeMembers(JdbcClient jdbc, PasswordEncoder passwords, Clock clock,
			@Value("${cercle.generate.members:10000}") int members,
			@Value("${cercle.generate.circles:30}") int circles) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
		this.members = members;
		this.circles = circles;
	}

	@Override
	public void run(ApplicationArguments args) {
		var existing = jdbc.sql("select count(*) from community_member where handle like 'membre-%'")
			.query(Long.class)
			.single();
		var now = Timestamp.from(clock.instant());
		if (existing < members) {
			jdbc.sql(
					"""
							insert into community_member (id, handle, display_name, email, email_key, password_hash, organisation, created_at, email_verified_at)
							select %s, 'membre-' || n,
							       (array['Anne','Luc','Claire','Marc','Sophie','Paul','Julie','Hugo','Léa','Noé','Inès','Théo'])[1 + n %% 12]
							       || ' ' || (array['Favre','Rochat','Berset','Morel','Dubois','Girard','Perret','Bonvin','Roth','Meier'])[1 + (n / 12) %% 10]
							       || ' ' || n,
							       'membre-' || n || '@volume.invalid', 'membre-' || n || '@volume.invalid', :hash,
							       (array['Genève','Lausanne','Neuchâtel','Fribourg','Sion'])[1 + n %% 5],
							       cast(:now as timestamptz) - n * interval '7 minutes',
							       cast(:now as timestamptz) - n * interval '7 minutes'
							from generate_series(:from, :to) n
							on conflict do nothing"""
						.formatted(GeneratedMembers.idSql("n")))
				.param("hash", passwords.encode(PASSWORD))
				.param("now", now)
				.param("from", existing + 1)
				.param("to", members)
				.update();
		}
		var existingCircles = jdbc.sql("select count(*) from community_circle where slug like 'cercle-genere-%'")
			.query(Long.class)
			.single();
		if (existingCircles < circles) {
			jdbc.sql(
					"""
							insert into community_circle (id, slug, name, description, visibility, created_at, updated_at)
							select md5('cercle-volume-circle-' || c)::uuid, 'cercle-genere-' || c, 'Cercle généré ' || c,
							       'Un cercle de démonstration de charge, numéro ' || c || ', sur les communautés et le travail.',
							       case when c % 5 = 0 then 'PRIVATE' else 'PUBLIC' end, :now, :now
							from generate_series(:from, :to) c
							on conflict do nothing""")
				.param("now", now)
				.param("from", existingCircles + 1)
				.param("to", circles)
				.update();
			jdbc.sql("""
					insert into community_circle_membership (circle_id, member_id, role, state, since)
					select md5('cercle-volume-circle-' || c)::uuid, %s,
					       case when k = 1 then 'OWNER' when k <= 3 then 'MANAGER' else 'MEMBER' end, 'ACTIVE',
					       cast(:now as timestamptz) - k * interval '1 hour'
					from generate_series(:from, :to) c, generate_series(1, 50) k
					on conflict do nothing""".formatted(GeneratedMembers.idSql("(c * 97 + k * 13) % :members + 1")))
				.param("now", now)
				.param("from", existingCircles + 1)
				.param("to", circles)
				.param("members", members)
				.update();
		}
		jdbc.sql("analyze community_member").update();
		log.info("Volume: {} generated members, {} generated circles", members, circles);
	}

}
