package org.cercle.community.member;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo members, created once in demo mode (embedded PostgreSQL, no database configured). Other
 * modules' demo content runs after this one and finds its authors by handle.
 */
@Component
@Profile("demo")
@Order(10)
class DemoMembers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);

	private final Members members;

	private final Clock clock;

	DemoMembers(Members members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (members.count() > 0) {
			return;
		}
		var since = clock.instant().minus(Duration.ofDays(400));
		members.save(new Member("claude", "Claude Marchand",
				"Consultant en organisation, anime les Matinées E2.0 à Genève depuis leur première édition.",
				"Cercle E2.0", since));
		members.save(new Member("anais", "Anaïs Berset",
				"Community manager, passionnée par les réseaux sociaux d'entreprise et l'animation de communautés.",
				"Atelier Collaboratif", since.plus(Duration.ofDays(3))));
		members.save(new Member("leo", "Léo Favre", "Responsable des systèmes d'information dans une PME vaudoise.",
				"Favre & Fils", since.plus(Duration.ofDays(10))));
		members.save(new Member("sophie", "Sophie Rochat", "Chercheuse sur le futur du travail et les tiers-lieux.",
				null, since.plus(Duration.ofDays(20))));
		log.info("Demo members created: claude, anais, leo, sophie");
	}

}
