package org.cercle.community.spam;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Spam without a third party (#18, point 4), tried on a small corpus: ordinary French
 * posts by new members all pass; spam is refused in French with the text kept.
 */
@IntegrationTest
class SpamIntegrationTests {

	static final List<String> ORDINARY = List.of(
			"Merci pour ce compte rendu\u202F! Nous avons vécu la même chose à Lausanne l'an dernier.",
			"Très juste : le réseau social interne ne remplace pas l'animation. Qui anime chez vous ?",
			"Le rapport dont je parlais est ici : https://exemple.ch/rapport-2013.pdf — page 12 surtout.",
			"Deux lectures utiles : https://exemple.ch/a et https://autre.example/b. Bonne soirée à tous.",
			"« La communauté ne se décrète pas » : je la cite souvent en réunion, avec un succès variable…",
			"Pour la prochaine Matinée, pourrait-on parler des outils de veille ? 08h30, c'est parfait pour moi.",
			"J'ai essayé www.exemple.ch/outil : simple, en français, et sans publicité.",
			"Code utile : `SELECT count(*) FROM membres;` — oui, même les community managers font du SQL.");

	static final List<String> SPAM = List.of(
			"Gagnez vite ! https://promo.example/1 https://promo.example/2 https://promo.example/3",
			"Regardez ça ![pub](https://promo.example/image.png) offre unique",
			"Crédit sans justificatif : http://www.pret-miracle.example/offre",
			"Meilleurs prix : visitez https://boutique.pret-miracle.example maintenant");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ordinaryPostsPassAndSpamIsRefusedWithTheTextKept() {
		var moderator = members.create("anti-spam", Role.MODERATOR);
		assertThat(mvc.post()
			.uri("/manage/spam/domains")
			.param("domain", "https://www.pret-miracle.example/")
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(jdbc
			.sql("select count(*) from community_audit_entry where action = 'DOMAIN_BLOCKED' "
					+ "and details = 'pret-miracle.example'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
		var slug = articles.published(members.create("auteur-spam", Role.AUTHOR).id());
		for (var text : ORDINARY) {
			assertThat(comment(slug, members.create("ordinaire"), text)).as(text).hasStatus(302);
		}
		for (var text : SPAM) {
			var refused = comment(slug, members.create("spammeur"), text);
			assertThat(refused).as(text).hasStatus(400);
			assertThat(Pages.html(refused).select("[role=alert]").text()).as(text).isNotEmpty();
			assertThat(Pages.html(refused).select("textarea[name=body]").text()).as("kept").isEqualTo(text);
		}
	}

	@Test
	void theSameTextTwiceWithinAnHourIsRefusedEvenForTrustedMembers() {
		var slug = articles.published(members.create("auteur-double", Role.AUTHOR).id());
		var author = members.create("double", Role.AUTHOR);
		assertThat(comment(slug, author, "Bravo pour cette matinée.")).hasStatus(302);
		var again = comment(slug, author, "Bravo  pour cette matinée !");
		assertThat(again).hasStatus(400);
		assertThat(Pages.html(again).select("[role=alert]").text()).startsWith("Vous venez de publier ce même texte");
		assertThat(comment(slug, author, "Bravo pour cette matinée, et merci aux orateurs.")).hasStatus(302);
	}

	@Test
	void aBlockedDomainIsRefusedInCircleDiscussionsToo() {
		var moderator = members.create("anti-spam-cercle", Role.MODERATOR);
		mvc.post()
			.uri("/manage/spam/domains")
			.param("domain", "casino-cercle.example")
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange();
		var member = members.create("cercle-spam");
		assertThat(mvc.post()
			.uri("/circles/futur-du-travail/membership")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		var refused = mvc.post()
			.uri("/circles/futur-du-travail/discussions")
			.param("title", "Bons plans")
			.param("body", "Jouez sur https://www.casino-cercle.example")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(400);
		assertThat(Pages.html(refused).select("[role=alert]").text()).contains("site que la modération a bloqué");
		assertThat(mvc.post()
			.uri("/manage/spam/domains")
			.param("domain", "pas un site")
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange()).hasStatus(400);
	}

	@Test
	void markingASpammerSuspendsTheAccountAndHidesEverythingTheyWrote() {
		var moderator = members.create("modo-spam", Role.MODERATOR);
		var slug = articles.published(members.create("plume-spam", Role.AUTHOR).id());
		var spammer = members.create("indesirable", Role.AUTHOR);
		assertThat(comment(slug, spammer, "Un commentaire d'apparence normale.")).hasStatus(302);
		assertThat(mvc.post()
			.uri("/circles/futur-du-travail/membership")
			.with(user(TestMembers.principal(spammer)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(mvc.post()
			.uri("/circles/futur-du-travail/discussions")
			.param("title", "Une question anodine")
			.param("body", "Quelqu'un connaît un bon outil ?")
			.with(user(TestMembers.principal(spammer)))
			.with(csrf())
			.exchange()).hasStatus(302);

		assertThat(mvc.post()
			.uri("/manage/spam/members/" + spammer.handle())
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(jdbc.sql("select status from community_member where id = :id")
			.param("id", spammer.id())
			.query(String.class)
			.single()).isEqualTo("SUSPENDED");
		assertThat(jdbc.sql("select count(*) from community_discussion where author_id = :id and not held")
			.param("id", spammer.id())
			.query(Long.class)
			.single()).isZero();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from feed_comment where author_id = :id and status <> 'HIDDEN'")
				.param("id", spammer.id())
				.query(Long.class)
				.single() == 0);
		assertThat(Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select(".comment-body").text())
			.doesNotContain("apparence normale");
		assertThat(jdbc
			.sql("select count(*) from community_audit_entry where action = 'MEMBER_MARKED_SPAMMER' "
					+ "and target_id = :id")
			.param("id", spammer.id())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aBotFillingTheHiddenFieldOrSendingNoTimeIsRefusedOnRegistrationAndComments() {
		var bot = mvc.post()
			.uri("/register")
			.param("handle", "robot" + System.nanoTime() % 100000)
			.param("displayName", "Robot")
			.param("email", "robot" + System.nanoTime() + "@exemple.ch")
			.param("password", "une phrase de passe longue")
			.param("site_web", "https://promo.example")
			.with(csrf())
			.with(org.cercle.testsupport.Clients.newClient())
			.exchange();
		assertThat(bot).hasStatus(400);
		assertThat(Pages.html(bot).select(".error-summary").text()).startsWith("Ce formulaire n'a pas pu être accepté");
		var slug = articles.published(members.create("plume-robot", Role.AUTHOR).id());
		var noTime = mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", "Texte envoyé sans passer par la page.")
			.param("depuis", "")
			.with(user(TestMembers.principal(members.create("presse"))))
			.with(csrf())
			.exchange();
		assertThat(noTime).hasStatus(400);
		var page = Pages.html(mvc.get()
			.uri("/articles/" + slug)
			.with(user(TestMembers.principal(members.create("lectrice-robot"))))
			.exchange());
		assertThat(page.select(".comment-form input[name=depuis]").val()).isNotEmpty();
		assertThat(page.select(".comment-form .honeypot input[name=site_web]").attr("tabindex")).isEqualTo("-1");
	}

	private MvcTestResult comment(String slug, Member author, String text) {
		return mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", text)
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
	}

}
