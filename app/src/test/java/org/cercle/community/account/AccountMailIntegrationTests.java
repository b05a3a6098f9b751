package org.cercle.community.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cercle.community.Role;
import org.cercle.community.member.Member;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.Clients;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;
import org.cercle.testsupport.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The account e-mails, sent for real to the tests' SMTP server: verification, password
 * reset, address change and notices; and the links they carry, refused when forged, used
 * or expired.
 */
@IntegrationTest
class AccountMailIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registeringSendsOneVerificationLetterWhoseLinkLetsTheMemberComment() throws Exception {
		var handle = "verifie-" + UUID.randomUUID().toString().substring(0, 6);
		var email = handle + "@exemple.ch";
		var answer = register(handle, email);
		assertThat(answer).hasStatusOk();
		assertThat(Pages.html(answer).select("h1").text()).isEqualTo("Vérifiez votre boîte de réception");
		assertThat(answer.getResponse().getCookie("SESSION")).as("not signed in before confirming").isNull();
		var letters = mailbox.await(email, 1);
		Thread.sleep(300);
		assertThat(mailbox.to(email)).as("exactly one letter").hasSize(1);
		var letter = letters.get(0);
		assertThat(letter.getContentType()).startsWith("multipart/");
		assertThat(TestMailbox.subject(letter)).isEqualTo("Confirmez votre adresse e-mail sur Cercle");
		assertThat(TestMailbox.html(letter)).contains("Confirmer mon adresse").doesNotContain("<img");
		assertThat(letter.getHeader("Message-ID")[0]).matches("<[0-9a-f-]{36}@.+>");
		var member = member(handle);
		var article = articles.published(members.create("autrice-verif", Role.AUTHOR).id());

		var refused = comment(member, article, "Avant de confirmer.");
		assertThat(refused).hasStatus(302);
		assertThat(refused).flash().containsEntry("notice", "community.unverified.refused");
		assertThat(count("select count(*) from feed_comment where author_id = '" + member.id() + "'")).isZero();

		var token = TestMailbox.token(letter, "/verify");
		assertThat(TestMailbox.link(letter, "/verify")).startsWith("http://localhost/verify?token=");
		var page = mvc.get().uri("/verify?token=" + token).exchange();
		assertThat(page).hasStatus(200);
		assertThat(Pages.html(page).select("form[action='/verify'] button").text()).isEqualTo("Confirmer mon adresse");
		assertThat(count("select count(*) from community_member where handle = '" + handle
				+ "' and email_verified_at is not null"))
			.as("opening the link changes nothing")
			.isZero();
		var confirmed = mvc.post().uri("/verify").param("token", token).with(csrf()).exchange();
		assertThat(confirmed).as("following the link signs the new member in").hasRedirectedUrl("/account");
		assertThat(confirmed.getResponse().getCookie("SESSION")).isNotNull();
		assertThat(members.reload(member).emailVerified()).isTrue();

		assertThat(comment(member, article, "Après confirmation.")).hasStatus(302)
			.redirectedUrl()
			.contains("#commentaire-");
		assertThat(mvc.post().uri("/verify").param("token", token).with(csrf()).exchange()).as("used once")
			.hasStatus(410);
	}

	@Test
	void registeringWithAKnownAddressAnswersAsForANewOneAndTellsItsOwnerInstead() {
		var owner = members.create("deja-la");
		var handle = "nouveau-" + UUID.randomUUID().toString().substring(0, 6);
		var fresh = handle + "@exemple.ch";
		var known = register(handle, owner.email().toUpperCase());
		var unknown = register(handle + "b", fresh);
		assertThat(known).hasStatusOk();
		assertThat(unknown).hasStatusOk();
		assertThat(Pages.html(known).select("main").text().replace(owner.email().toUpperCase(), "ADRESSE"))
			.as("the same page, whatever the address")
			.isEqualTo(Pages.html(unknown).select("main").text().replace(fresh, "ADRESSE"));
		assertThat(count("select count(*) from community_member where handle = '" + handle + "'")).isZero();
		var letter = mailbox.await(owner.email(), 1).get(0);
		assertThat(TestMailbox.subject(letter))
			.isEqualTo("Quelqu'un a voulu créer un compte Cercle avec votre adresse");
		assertThat(TestMailbox.text(letter)).contains("aucun compte n'a été créé").contains("/password/forgotten");
		assertThat(mailbox.await(fresh, 1)).hasSize(1);
	}

	@Test
	void anUnverifiedMemberIsRemindedInsteadOfRegisteringJoiningOrWriting() {
		var member = members.unverified("pas-encore");
		for (var action : new String[] { "/events/smart-city-la-ville-comme-communaute/registration",
				"/circles/futur-du-travail/membership", "/circles/organisation-des-matinees-e2-0/membership" }) {
			var refused = mvc.post()
				.uri(action)
				.param("message", "Bonjour")
				.header("Referer", "http://localhost/events")
				.with(csrf())
				.with(user(TestMembers.principal(member)))
				.exchange();
			assertThat(refused).as(action).hasStatus(302).hasRedirectedUrl("/events");
			assertThat(refused).flash().containsEntry("notice", "community.unverified.refused");
		}
		assertThat(count("select count(*) from events_registration where member_id = '" + member.id() + "'")).isZero();
		assertThat(count("select count(*) from community_circle_membership where member_id = '" + member.id() + "'"))
			.isZero();
		var elsewhere = mvc.post()
			.uri("/events/smart-city-la-ville-comme-communaute/registration")
			.header("Referer", "https://ailleurs.example/piege")
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
		assertThat(elsewhere).as("never back to another site").hasRedirectedUrl("/");
	}

	@Test
	void aForgedOrExpiredLinkGetsAPageThatSaysWhatToDo() {
		var forged = mvc.get().uri("/verify?token=" + "A".repeat(43)).exchange();
		assertThat(forged).hasStatus(400);
		assertThat(Pages.html(forged).text()).contains("Ce lien de confirmation n'est pas valable")
			.doesNotContain("Exception");

		var member = members.create("oublieuse");
		assertThat(forgotten(member.email())).hasStatus(200);
		var token = TestMailbox.token(mailbox.awaitOne(member.email(), "Réinitialiser"), "/password/reset");
		jdbc.sql("update community_account_token set expires_at = now() - interval '1 minute' where member_id = :id")
			.param("id", member.id())
			.update();
		var expired = mvc.get().uri("/password/reset?token=" + token).exchange();
		assertThat(expired).hasStatus(410);
		assertThat(Pages.html(expired).text()).contains("a déjà servi ou a expiré");
	}

	@Test
	void aPasswordIsResetByEmailOnceWithTheSameAnswerForUnknownAddresses() {
		var unknown = forgotten("personne-" + UUID.randomUUID() + "@exemple.ch");
		var member = members.create("reinit");
		var known = forgotten(member.email());
		assertThat(unknown).hasStatus(200);
		assertThat(known).hasStatus(200);
		assertThat(Pages.html(unknown).select("main").text()).isEqualTo(Pages.html(known).select("main").text());
		assertThat(count("select count(*) from mail_outbox where recipient like 'personne-%'")).isZero();

		var letter = mailbox.awaitOne(member.email(), "Réinitialiser");
		var token = TestMailbox.token(letter, "/password/reset");
		assertThat(count("select count(*) from community_account_token where token_hash = '" + token + "'"))
			.as("only a hash is stored")
			.isZero();
		assertThat(mvc.get().uri("/password/reset?token=" + token).exchange()).hasStatus(200);

		var weak = reset(token, "motdepasse");
		assertThat(weak).hasStatus(400);
		assertThat(Pages.html(weak).select("#password-error").text()).isNotBlank();

		assertThat(reset(token, "une toute nouvelle phrase")).hasStatus(302).hasRedirectedUrl("/login");
		assertThat(signIn(member.handle(), "une toute nouvelle phrase")).hasRedirectedUrl("/");
		assertThat(signIn(member.handle(), TestMembers.PASSWORD)).hasRedirectedUrl("/login?erreur=identifiants");
		assertThat(reset(token, "encore une autre phrase")).as("used once").hasStatus(410);
		assertThat(TestMailbox.text(mailbox.awaitOne(member.email(), "a été changé"))).contains("/password/forgotten");
	}

	@Test
	void anAddressChangesOnlyWhenTheLinkSentToTheNewAddressIsFollowed() {
		var member = members.create("demenage");
		var newAddress = "nouvelle-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.ch";
		var wrongPassword = mvc.post()
			.uri("/account/email")
			.param("email", newAddress)
			.param("password", "pas le bon")
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
		assertThat(wrongPassword).hasStatus(400);
		var malformed = mvc.post()
			.uri("/account/email")
			.param("email", "pas une adresse\r\nBcc: x@y.z")
			.param("password", TestMembers.PASSWORD)
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
		assertThat(malformed).hasStatus(400);
		assertThat(Pages.html(malformed).select("#email-error").text())
			.isEqualTo("Cette adresse e-mail n'est pas valable.");

		var asked = mvc.post()
			.uri("/account/email")
			.param("email", newAddress)
			.param("password", TestMembers.PASSWORD)
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
		assertThat(asked).hasStatus(302).hasRedirectedUrl("/account");
		var confirmation = mailbox.awaitOne(newAddress, "nouvelle adresse");
		var notice = mailbox.awaitOne(member.email(), "Changement d'adresse");
		assertThat(TestMailbox.text(notice)).contains(newAddress).doesNotContain("token=");
		assertThat(members.reload(member).email()).isEqualTo(member.email());

		var token = TestMailbox.token(confirmation, "/email/confirm");
		assertThat(Pages.html(mvc.get().uri("/email/confirm?token=" + token).exchange()).text()).contains(newAddress);
		assertThat(mvc.post().uri("/email/confirm").param("token", token).with(csrf()).exchange()).hasStatus(302);
		assertThat(members.reload(member).email()).isEqualTo(newAddress);
	}

	@Test
	void deletingTheAccountTellsTheOldAddress() {
		var member = members.create("partante");
		var deleted = mvc.post()
			.uri("/account/delete")
			.param("password", TestMembers.PASSWORD)
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
		assertThat(deleted).hasStatus(302);
		assertThat(TestMailbox.text(mailbox.awaitOne(member.email(), "supprimé"))).contains("membre supprimé");
	}

	@Test
	void theResendButtonSendsANewLinkThreeTimesAnHourAtMost() {
		var member = members.unverified("relance");
		for (int i = 0; i < EmailVerification.RESENDS_PER_HOUR; i++) {
			assertThat(mvc.post()
				.uri("/account/verification")
				.with(csrf())
				.with(user(TestMembers.principal(member)))
				.exchange()).hasStatus(302);
		}
		var tooMany = mvc.post()
			.uri("/account/verification")
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
		assertThat(tooMany).hasStatus(429);
		assertThat(mailbox.await(member.email(), 3)).hasSize(3);
		var page = mvc.get().uri("/").with(user(TestMembers.principal(member))).exchange();
		assertThat(Pages.html(page).select(".verify-banner button").text()).isEqualTo("Renvoyer le lien");
	}

	@Test
	void devMailShowsWhatTheInProcessServerReceivedWithClickableLinks() {
		var member = members.create("lectrice-dev");
		forgotten(member.email());
		mailbox.awaitOne(member.email(), "Réinitialiser");
		var list = Pages.html(mvc.get().uri("/dev/mail").exchange());
		var row = list.select("tr:contains(" + member.email() + ")").first();
		assertThat(row).isNotNull();
		var message = Pages.html(mvc.get().uri(row.select("a").attr("href")).exchange());
		assertThat(message.select(".mail-text a[href*='/password/reset?token=']")).isNotEmpty();
		assertThat(message.select(".mail-html a[href*='/password/reset?token=']")).isNotEmpty();
		assertThat(message.select(".mail-headers").text()).contains("Message-ID");
	}

	private Member member(String handle) {
		return members.reload(members.byHandle(handle));
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult register(String handle, String email) {
		return mvc.post()
			.uri("/register")
			.param("handle", handle)
			.param("displayName", "Nouvelle " + handle)
			.param("email", email)
			.param("password", "un café au bord du lac")
			.with(csrf())
			.with(Clients.newClient())
			.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult comment(Member member, String article,
			String body) {
		return mvc.post()
			.uri("/articles/" + article + "/comments")
			.param("body", body)
			.header("Referer", "http://localhost/articles/" + article)
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult forgotten(String email) {
		return mvc.post()
			.uri("/password/forgotten")
			.param("email", email)
			.with(csrf())
			.with(Clients.newClient())
			.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult reset(String token, String password) {
		return mvc.post()
			.uri("/password/reset")
			.param("token", token)
			.param("password", password)
			.with(csrf())
			.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(String handle, String password) {
		return mvc.post()
			.uri("/login")
			.param("username", handle)
			.param("password", password)
			.with(csrf())
			.with(Clients.newClient())
			.exchange();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
