package org.cercle.app;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cercle.testsupport.Pages;
import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class SignInIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void signsInByHandleOrEmailAndShowsWhoIsSignedIn() {
		var member = members.create("signin", Role.ADMIN);
		var address = freshAddress();
		assertThat(signIn(member.handle(), TestMembers.PASSWORD, address)).isEqualTo("/");
		assertThat(signIn(member.email().toUpperCase(), TestMembers.PASSWORD, address)).isEqualTo("/");
	}

	@Test
	void sixthBadPasswordWithinFifteenMinutesIsRefusedEvenWithTheRightPassword() {
		var member = members.create("brute");
		var address = freshAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(member.handle(), "mauvais mot de passe " + i, address))
				.isEqualTo("/login?erreur=identifiants");
		}
		assertThat(signIn(member.handle(), TestMembers.PASSWORD, address)).isEqualTo("/login?erreur=trop");
		assertThat(signIn(member.email(), TestMembers.PASSWORD, freshAddress())).as("also by email, from elsewhere")
			.isEqualTo("/login?erreur=trop");
	}

	@Test
	void unicodeVariantsOfAnIdentifierAreTheSameAccountOrNoneAndNeverGetFreshTries() {
		var member = members.create("kiwitest-passe");
		var fullWidth = fullWidth(member.handle().toUpperCase(java.util.Locale.ROOT));
		assertThat(signIn(fullWidth, TestMembers.PASSWORD, freshAddress())).as(fullWidth).isEqualTo("/");
		var dottedCapitalI = member.handle().toUpperCase(java.util.Locale.ROOT).replace('I', '\u0130');
		assertThat(signIn(dottedCapitalI, TestMembers.PASSWORD, freshAddress()))
			.as("İ folds to i and a combining dot, not to i: another identifier")
			.isEqualTo("/login?erreur=identifiants");
		var sharpS = member.email().toUpperCase(java.util.Locale.ROOT).replace("SS", "ß");
		assertThat(sharpS).as("the test's own premise").contains("ß");
		assertThat(signIn(sharpS, TestMembers.PASSWORD, freshAddress())).as(sharpS).isEqualTo("/");

		var address = freshAddress();
		for (int i = 0; i < 5; i++) {
			signIn(member.handle(), "mauvais mot de passe " + i, address);
		}
		assertThat(signIn(fullWidth, TestMembers.PASSWORD, freshAddress())).as("the same account: still locked")
			.isEqualTo("/login?erreur=trop");
		assertThat(signIn(sharpS, TestMembers.PASSWORD, freshAddress())).isEqualTo("/login?erreur=trop");
	}

	private static String fullWidth(String ascii) {
		return ascii.chars()
			.map(c -> c >= 'A' && c <= 'Z' ? c - 'A' + '\uFF21' : c >= '0' && c <= '9' ? c - '0' + '\uFF10' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	@Test
	void simultaneousWrongPasswordsAreCountedBeforeAnyIsChecked() throws Exception {
		var member = members.create("simultane");
		var tried = 0;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			var answers = new java.util.ArrayList<java.util.concurrent.Future<String>>();
			for (int i = 0; i < 8; i++) {
				var guess = "mauvais mot de passe " + i;
				answers.add(pool.submit(() -> {
					start.await();
					return signIn(member.handle(), guess, freshAddress());
				}));
			}
			start.countDown();
			for (var answer : answers) {
				if (answer.get().equals("/login?erreur=identifiants")) {
					tried++;
				}
			}
			assertThat(tried).as("passwords actually tried out of 8 sent at once").isLessThanOrEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
		// those refused unheard were not counted; those tried were, exactly
		for (int i = tried; i < 5; i++) {
			assertThat(signIn(member.handle(), "encore faux " + i, freshAddress()))
				.isEqualTo("/login?erreur=identifiants");
		}
		assertThat(signIn(member.handle(), TestMembers.PASSWORD, freshAddress())).isEqualTo("/login?erreur=trop");
	}

	@Test
	void unknownAccountsGetExactlyTheSameAnswers() {
		var address = freshAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("personne-" + address, "mauvais mot de passe", address))
				.isEqualTo("/login?erreur=identifiants");
		}
		assertThat(signIn("personne-" + address, "mauvais mot de passe", address)).isEqualTo("/login?erreur=trop");
	}

	@Test
	void aSuccessfulSignInResetsTheAccountsCount() {
		var member = members.create("reset");
		var address = freshAddress();
		for (int i = 0; i < 4; i++) {
			signIn(member.handle(), "mauvais mot de passe", address);
		}
		assertThat(signIn(member.handle(), TestMembers.PASSWORD, address)).isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(member.handle(), "mauvais mot de passe", address))
				.isEqualTo("/login?erreur=identifiants");
		}
	}

	@Test
	void thirtyFailuresFromOneAddressStopThatAddress() {
		var address = freshAddress();
		for (int i = 0; i < 30; i++) {
			signIn("inconnu-" + i + "-" + address, "mauvais mot de passe", address);
		}
		var member = members.create("victim");
		assertThat(signIn(member.handle(), TestMembers.PASSWORD, address)).isEqualTo("/login?erreur=trop");
		assertThat(signIn(member.handle(), TestMembers.PASSWORD, freshAddress())).isEqualTo("/");
	}

	@Test
	void aSuspendedMemberLearnsItOnlyWithTheRightPassword() throws Exception {
		var admin = members.create("admin", Role.ADMIN);
		var member = members.create("suspendu");
		mvc.post()
			.uri("/manage/members/{handle}/suspension", member.handle())
			.param("reason", "Essai")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(TestMembers.principal(admin)))
			.with(csrf())
			.exchange();
		var address = freshAddress();
		assertThat(signIn(member.handle(), "mauvais mot de passe", address)).isEqualTo("/login?erreur=identifiants");
		assertThat(signIn(member.handle(), TestMembers.PASSWORD, address)).isEqualTo("/login?erreur=suspendu");
	}

	@Test
	void signInPageExplainsInFrenchWithoutSayingWhetherTheAccountExists() {
		var page = Pages.html(mvc.get().uri("/login?erreur=trop").exchange());
		assertThat(page.select(".error-summary").text()).startsWith("Trop de tentatives de connexion.");
		page = Pages.html(mvc.get().uri("/login?erreur=identifiants").exchange());
		assertThat(page.select(".error-summary").text()).isEqualTo("Identifiant ou mot de passe incorrect.");
	}

	@Test
	void signingInFromAPageBringsTheMemberBackToItsFormAndNeverToAnotherSite() {
		var member = members.create("retour");
		var event = Pages
			.html(mvc.get().uri("/events/futur-du-travail-metiers-et-it-un-nouveau-contrat-de-service").exchange());
		var article = Pages.html(mvc.get().uri("/articles/la-communaute-au-coeur-de-l-organisation-2-0").exchange());
		assertThat(article.select("#commentaires a[href^=/login]").attr("href"))
			.isEqualTo("/login?retour=/articles/la-communaute-au-coeur-de-l-organisation-2-0%23commentaires");
		assertThat(event.select("header a.nav-login").attr("href"))
			.isEqualTo("/login?retour=/events/futur-du-travail-metiers-et-it-un-nouveau-contrat-de-service");
		var form = Pages.html(mvc.get()
			.uri(java.net.URI.create(article.select("#commentaires a[href^=/login]").attr("href")))
			.exchange());
		assertThat(form.select("input[name=retour]").val())
			.isEqualTo("/articles/la-communaute-au-coeur-de-l-organisation-2-0#commentaires");

		assertThat(signIn(member.handle(), TestMembers.PASSWORD, freshAddress(), "/articles/x#commentaires"))
			.isEqualTo("/articles/x#commentaires");
		for (var elsewhere : new String[] { "//evil.example/", "https://evil.example/", "/\\evil.example",
				"javascript:alert(1)", "/login?erreur=trop" }) {
			assertThat(signIn(member.handle(), TestMembers.PASSWORD, freshAddress(), elsewhere)).as(elsewhere)
				.isEqualTo("/");
			assertThat(Pages.html(mvc.get().uri("/login").param("retour", elsewhere).exchange())
				.select("input[name=retour]")).as(elsewhere).isEmpty();
		}
	}

	@Test
	void aFailedSignInKeepsTheIdentifierAndThePageToReturnTo() {
		var member = members.create("oubli");
		var failed = mvc.post()
			.uri("/login")
			.param("username", member.handle())
			.param("password", "mauvais mot de passe")
			.param("retour", "/circles/community-managers#membership-heading")
			.with(csrf())
			.with(from(freshAddress()))
			.exchange();
		assertThat(failed.getResponse().getRedirectedUrl())
			.isEqualTo("/login?erreur=identifiants&retour=/circles/community-managers%23membership-heading");
		var cookie = failed.getResponse().getCookie("cercle-identifiant");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getMaxAge()).isEqualTo(60);
		assertThat(cookie.getPath()).isEqualTo("/login");
		assertThat(failed.getRequest().getSession(false)).as("no session for a failed attempt").isNull();

		var page = Pages.html(
				mvc.get().uri(java.net.URI.create(failed.getResponse().getRedirectedUrl())).cookie(cookie).exchange());
		assertThat(page.select("#username").val()).isEqualTo(member.handle());
		assertThat(page.select("#username").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#password").hasAttr("autofocus")).isTrue();
		assertThat(page.select("input[name=retour]").val()).isEqualTo("/circles/community-managers#membership-heading");
	}

	@Test
	void signOutIsAPost() {
		var member = members.create("logout");
		assertThat(mvc.get()
			.uri("/logout")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(TestMembers.principal(member)))
			.exchange()).as("a GET never signs out").hasStatus(404);
		var result = mvc.post().uri("/logout").with(csrf()).exchange();
		assertThat(result).hasStatus(302).hasRedirectedUrl("/?deconnecte");
	}

	private String signIn(String identifier, String password, String address) {
		return signIn(identifier, password, address, null);
	}

	private String signIn(String identifier, String password, String address,
			@org.jspecify.annotations.Nullable String back) {
		var request = mvc.post().uri("/login").param("username", identifier).param("password", password);
		if (back != null) {
			request = request.param("retour", back);
		}
		var result = request.with(csrf()).with(from(address)).exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	/**
	 * A distinct client address per test, so that address counts never leak between
	 * tests.
	 */
	private static String freshAddress() {
		return "test-client-" + ADDRESSES.incrementAndGet();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
