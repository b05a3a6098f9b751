package org.cercle.community.circle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Members;

/** Demo circles, created once in demo mode: two public, one private with a pending request. */
@Component
@Profile("demo")
@Order(15)
class DemoCircles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCircles.class);

	private final CircleDirectory circles;

	private final Circles all;

	private final Members members;

	DemoCircles(CircleDirectory circles, Circles all, Members members) {
		this.circles = circles;
		this.all = all;
		this.members = members;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (all.count() > 0) {
			return;
		}
		var managers = circles.create("Community managers",
				"Le cercle de celles et ceux qui animent des communautés, en interne comme avec des clients : outils, rituels, mesure.",
				false, id("sophie"));
		circles.join(managers.slug(), id("anais"), null);
		circles.join(managers.slug(), id("leo"), null);
		var work = circles.create("Futur du travail",
				"Télétravail, tiers-lieux, nouvelles façons de collaborer : lectures et retours d'expérience.", false,
				id("sophie"));
		circles.join(work.slug(), id("claude"), null);
		var organisers = circles.create("Organisation des Matinées E2.0",
				"Cercle privé des bénévoles qui préparent les Matinées E2.0 à Genève : thèmes, intervenants, logistique.",
				true, id("anais"));
		circles.join(organisers.slug(), id("claude"), null);
		circles.decide(organisers.slug(), "claude", id("anais"), false, true);
		circles.join(organisers.slug(), id("leo"), "J'aimerais aider à l'accueil lors de la prochaine matinée.");
		log.info("Demo circles created: 2 public, 1 private with a pending request");
	}

	private java.util.UUID id(String handle) {
		return members.findByHandle(handle).orElseThrow().id();
	}

}
