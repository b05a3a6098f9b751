package org.cercle.community.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Members;

import org.cercle.community.circle.CircleDirectory;
import org.cercle.community.circle.CircleDiscussions;
import org.cercle.community.circle.Circles;

/**
 * Demo circles, created once in demo mode: two public, one private with a pending
 * request.
 */
@Component
@Profile("demo")
@Order(15)
class DemoCircles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCircles.class);

	private final CircleDirectory circles;

	private final Circles all;

	private final Members members;

	private final CircleDiscussions discussions;

	DemoCircles(CircleDirectory circles, Circles all, Members members, CircleDiscussions discussions) {
		this.discussions = discussions;
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
		var rituals = discussions.start(managers.slug(), id("sophie"), SEEDED,
				"Quels rituels pour animer une communauté interne ?",
				"Chez nous, un *café virtuel* le lundi et une lettre mensuelle.\n\nEt vous, qu'est-ce qui marche vraiment ?");
		discussions.reply(managers.slug(), rituals.id(), id("anais"), SEEDED,
				"Une question de la semaine, posée par un membre différent à chaque fois : la participation a doublé.");
		discussions.reply(managers.slug(), rituals.id(), id("leo"), SEEDED,
				"Nous mesurons surtout les réponses entre membres, pas le nombre de messages de l'animateur.");
		discussions.start(work.slug(), id("claude"), SEEDED, "Tiers-lieux : vos adresses en Suisse romande",
				"Je prépare une carte des espaces de coworking autour du Léman. Partagez vos lieux préférés !");
		discussions.start(organisers.slug(), id("anais"), SEEDED, "Matinée n°\u00A06\u00A0: répartition des tâches",
				"- accueil et café\n- badges\n- prise de notes pour le compte rendu");
		log.info("Demo circles created: 2 public, 1 private with a pending request, and their first discussions");
	}

	/**
	 * Demo posts are written as a moderator would: published at once, never held for a
	 * leader like a new member's first posts.
	 */
	private static final boolean SEEDED = true;

	private java.util.UUID id(String handle) {
		return members.findByHandle(handle).orElseThrow().id();
	}

}
