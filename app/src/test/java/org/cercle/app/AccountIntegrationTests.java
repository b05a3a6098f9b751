package org.cercle.app;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cercle.testsupport.Pages;
import org.cercle.community.MemberDeleted;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.testsupport.Clients;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@RecordApplicationEvents
class AccountIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.cercle.feed.article.TestArticles articles;

	@Test
	void anAddressAtItsHourlyLimitIsToldBeforeFillingTheFormAndNeverThatTheFormHasErrors() {
		var client = org.cercle.testsupport.Clients.newClient();
		for (int i = 0; i < 10; i++) {
			var handle = "limite" + i + UUID.randomUUID().toString().substring(0, 6);
			mvc.post()
				.uri("/register")
				.param("handle", handle)
				.param("displayName", "Limite " + i)
				.param("email", handle + "@exemple.ch")
				.param("password", "un café au bord du lac")
				.with(csrf())
				.with(client)
				.exchange();
		}
		var form = Pages.html(mvc.get().uri("/register").with(client).exchange());
		assertThat(form.select(".error-summary").text()).startsWith("Trop de comptes ont été créés");
		assertThat(form.select("form[action=/register]")).as("no form to fill in vain").isEmpty();
		var refused = mvc.post().uri("/register").param("handle", "").with(csrf()).with(client).exchange();
		assertThat(refused).hasStatus(429);
		assertThat(Pages.html(refused).select(".error-summary").eachText()).as("one message, not two")
			.containsExactly("Trop de comptes ont été créés depuis votre adresse réseau. Réessayez dans une heure.");
		assertThat(Pages.html(mvc.get().uri("/register").with(org.cercle.testsupport.Clients.newClient()).exchange())
			.select("form[action=/register]")).as("another address").hasSize(1);
	}

	@Test
	void aProfileListsTheMembersPublishedArticlesButNotTheirDrafts() {
		var author = members.create("profil-plume", org.cercle.community.Role.AUTHOR);
		var published = articles.published(author.id());
		var draft = articles.draft(author.id());
		var profile = Pages.html(mvc.get().uri("/members/" + author.handle()).exchange());
		assertThat(profile.select("#articles-heading").text()).isEqualTo("Ses articles");
		assertThat(profile.select(".member-articles a").eachAttr("href")).containsExactly("/articles/" + published)
			.doesNotContain("/articles/" + draft);
		assertThat(Pages.html(mvc.get().uri("/members/" + members.create("sans-article").handle()).exchange())
			.select("#articles-heading")).isEmpty();
	}

	@Test
	void registersAndAsksToConfirmTheAddressBeforeSigningIn() {
		var result = register("nouvelle", "Nouvelle Membre", "nouvelle@exemple.ch", "un café au bord du lac");
		assertThat(result).hasStatusOk();
		assertThat(Pages.html(result).select(".notice").text())
			.isEqualTo("Nous venons d'écrire à nouvelle@exemple.ch.");
		assertThat(count("select count(*) from community_member where handle = 'nouvelle'")).isOne();
		var hash = jdbc.sql("select password_hash from community_member where handle = 'nouvelle'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("un café");
	}

	@Test
	void refusesAHandleThatDiffersOnlyInCaseButNeverSaysAnAddressIsKnown() {
		var existing = members.create("casse");
		var result = register(existing.handle().toUpperCase(), "Autre", existing.email().toUpperCase(),
				"une autre phrase de passe");
		assertThat(result).hasStatus(409);
		var page = Pages.html(result);
		assertThat(page.select("#handle-error").text()).isEqualTo("Cet identifiant est déjà pris.");
		assertThat(page.select("#email-error")).as("a known address is never named on the page").isEmpty();
		assertThat(page.select("#handle").attr("value")).as("keeps what was typed")
			.isEqualTo(existing.handle().toUpperCase());
		assertThat(page.select("#password").attr("value")).as("but never the password").isEmpty();

		var sameAddress = register("autre-casse", "Autre", existing.email().toUpperCase(), "une autre phrase de passe");
		assertThat(sameAddress).hasStatusOk();
		assertThat(count("select count(*) from community_member where handle = 'autre-casse'")).isZero();
	}

	@Test
	void addressesThatDifferOnlyByUnicodeCaseOrCompatibilityFormsAreOneAccount() {
		var owner = members.create("strasse");
		jdbc.sql(
				"update community_member set email = 'strasse@exemple.ch', email_key = 'strasse@exemple.ch' where id = :id")
			.param("id", owner.id())
			.update();
		for (var variant : new String[] { "STRASSE@EXEMPLE.CH", "straße@exemple.ch", "ＳＴＲＡＳＳＥ@ｅｘｅｍｐｌｅ.ｃｈ" }) {
			var handle = "variante-" + Math.abs(variant.hashCode() % 100000);
			assertThat(register(handle, "Variante", variant, "une autre phrase de passe")).as(variant).hasStatusOk();
			assertThat(count("select count(*) from community_member where handle = '" + handle + "'")).as(variant)
				.isZero();
		}
		var ligature = members.create("finance");
		jdbc.sql(
				"update community_member set email = 'finance@exemple.ch', email_key = 'finance@exemple.ch' where id = :id")
			.param("id", ligature.id())
			.update();
		assertThat(register("ligature", "Ligature", "\uFB01nance@exemple.ch", "une autre phrase de passe"))
			.hasStatusOk();
		assertThat(count("select count(*) from community_member where handle = 'ligature'")).isZero();
	}

	@Test
	void explainsEachBadFieldInFrench() {
		var result = register("a b", "", "pas-une-adresse", "court");
		assertThat(result).hasStatus(400);
		var page = Pages.html(result);
		assertThat(page.select("#handle-error").text()).startsWith("L'identifiant doit compter de 3 à 30 caractères");
		assertThat(page.select("#displayName-error").text()).isEqualTo("Indiquez le nom à afficher.");
		assertThat(page.select("#email-error").text()).isEqualTo("Cette adresse e-mail n'est pas valide.");
		assertThat(page.select("#password-error").text())
			.isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
	}

	@Test
	void refusesCommonPasswordsAndPasswordsHoldingTheHandleOrEmail() {
		assertThat(Pages.html(register("paul-h", "Paul", "paul-h@exemple.ch", "123qweasdzxc"))
			.select("#password-error")
			.text()).startsWith("Ce mot de passe est trop courant");
		assertThat(Pages.html(register("paul-h", "Paul", "paul-h@exemple.ch", "mon nom est paul-h ici"))
			.select("#password-error")
			.text()).startsWith("Le mot de passe ne doit contenir ni votre identifiant");
		assertThat(count("select count(*) from community_member where handle = 'paul-h'")).isZero();
	}

	@Test
	void editsTheProfileShownPublicly() {
		var member = members.create("profil");
		var result = mvc.post()
			.uri("/account/profile")
			.param("displayName", "Camille Profil")
			.param("bio", "Je travaille sur le futur du travail et les **wikis**.")
			.param("organisation", "Atelier")
			.param("links", "https://exemple.ch/camille")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(302).hasRedirectedUrl("/account");
		var profile = Pages.html(mvc.get().uri("/members/" + member.handle()).exchange());
		assertThat(profile.select("h1").text()).isEqualTo("Camille Profil");
		assertThat(profile.select(".bio").text()).isEqualTo("Je travaille sur le futur du travail et les wikis.");
		assertThat(profile.select(".bio strong").text()).as("Markdown, as in comments").isEqualTo("wikis");
		assertThat(profile.select(".links a").attr("href")).isEqualTo("https://exemple.ch/camille");
		assertThat(profile.select(".links a").attr("rel")).contains("nofollow");
	}

	@Test
	void refusesAHugeBioAndSavesNothing() {
		var member = members.create("enorme");
		var result = mvc.post()
			.uri("/account/profile")
			.param("displayName", "Nouveau nom")
			.param("bio", "x".repeat(1_000_000))
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(Pages.html(result).select("#bio-error").text())
			.isEqualTo("La présentation ne peut dépasser 2000 caractères.");
		assertThat(members.reload(member).displayName()).isEqualTo(member.displayName());
	}

	@Test
	void refusesLinksThatAreNotWebAddresses() {
		var member = members.create("liens");
		var result = mvc.post()
			.uri("/account/profile")
			.param("displayName", "Liens")
			.param("links", "javascript:alert(1)")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(members.reload(member).links()).isNull();
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() {
		var member = members.create("motdepasse");
		var wrong = mvc.post()
			.uri("/account/password")
			.param("currentPassword", "pas le bon")
			.param("newPassword", "une toute nouvelle phrase")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(wrong).hasStatus(400);
		assertThat(Pages.html(wrong).select("#currentPassword-error").text())
			.isEqualTo("Le mot de passe actuel est incorrect.");
		var right = mvc.post()
			.uri("/account/password")
			.param("currentPassword", TestMembers.PASSWORD)
			.param("newPassword", "une toute nouvelle phrase")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(right).hasStatus(302);
		assertThat(members.reload(member).passwordHash()).isNotEqualTo(member.passwordHash());
	}

	@Test
	void exportHoldsExactlyThatMembersData() throws Exception {
		var member = members.create("export");
		var other = members.create("autre");
		mvc.post()
			.uri("/circles/futur-du-travail/membership")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		var discussion = mvc.post()
			.uri("/circles/futur-du-travail/discussions")
			.param("title", "Semaine de quatre jours")
			.param("body", "Qui a essayé ?")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(discussion).hasStatus(302);
		assertThat(mvc.post()
			.uri(discussion.getResponse().getRedirectedUrl() + "/replies")
			.param("body", "Moi, en 2012.")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		var result = mvc.get().uri("/account/export").with(user(TestMembers.principal(member))).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
		var body = Pages.body(result);
		var json = JsonMapper.builder().build().readTree(body);
		assertThat(json.get("profile").get("handle").asString()).isEqualTo(member.handle());
		assertThat(json.get("profile").get("email").asString()).isEqualTo(member.email());
		assertThat(json.get("memberships").get(0).get("circle").asString()).isEqualTo("Futur du travail");
		assertThat(json.get("registrations").isArray()).isTrue();
		assertThat(json.get("discussions").get("started").get(0).get("title").asString())
			.isEqualTo("Semaine de quatre jours");
		assertThat(json.get("discussions").get("started").get(0).get("circle").asString())
			.isEqualTo("Futur du travail");
		assertThat(json.get("discussions").get("replies").get(0).get("text").asString()).isEqualTo("Moi, en 2012.");
		assertThat(body).doesNotContain(other.handle(), other.email(), "password", "bcrypt");
	}

	@Test
	void deletionNeedsThePasswordThenErasesPersonalDataAndKeepsWhatTheMemberWrote() {
		var member = members.create("depart");
		var article = jdbc
			.sql("""
					insert into feed_article (id, slug, title, summary, body_markdown, author_id, status, published_at, updated_at, reading_minutes)
					values (gen_random_uuid(), :slug, 'Un article à garder', 'Résumé', 'Corps', :author, 'PUBLISHED', timestamptz '2001-01-01 08:00+01', now(), 1)""")
			.param("slug", "un-article-a-garder-" + member.handle())
			.param("author", member.id())
			.update();
		assertThat(article).isOne();
		try {
			deleteThenCheck(member);
		}
		finally {
			jdbc.sql("delete from feed_article where author_id = :author").param("author", member.id()).update();
		}
	}

	private void deleteThenCheck(Member member) {
		var refused = mvc.post()
			.uri("/account/delete")
			.param("password", "pas le bon")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(400);
		assertThat(members.reload(member).status()).isEqualTo(Member.Status.ACTIVE);

		var deleted = mvc.post()
			.uri("/account/delete")
			.param("password", TestMembers.PASSWORD)
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(deleted).hasStatus(302).hasRedirectedUrl("/");
		var erased = members.reload(member);
		assertThat(erased.status()).isEqualTo(Member.Status.DELETED);
		assertThat(erased.email()).isNull();
		assertThat(erased.passwordHash()).isNull();
		assertThat(erased.bio()).isNull();
		assertThat(erased.displayName()).isEqualTo("membre supprimé");
		assertThat(erased.handle()).doesNotContain(member.handle());
		assertThat(events.stream(MemberDeleted.class)).anyMatch(event -> event.memberId().equals(member.memberId()));
		assertThat(mvc.get().uri("/members/" + member.handle()).exchange()).hasStatus(404);
		var page = Pages.html(mvc.get().uri("/articles/un-article-a-garder-" + member.handle()).exchange());
		assertThat(page.select(".article .meta").text()).contains("membre supprimé");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult register(String handle, String name,
			String email, String password) {
		return mvc.post()
			.uri("/register")
			.param("handle", handle)
			.param("displayName", name)
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with(Clients.newClient())
			.exchange();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
