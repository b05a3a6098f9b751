package org.cercle.events.material;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.MemberId;
import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.events.registration.Seats;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An event's write-up and what materials bring (#17, points 1, 2 and 6): the article
 * linking back, the registered members told once, materials found by search and shown on
 * the series and past events pages.
 */
@IntegrationTest
class WriteUpsIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Autowired
	TestArticles articles;

	@Autowired
	Seats seats;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChosenArticleComesFirstAmongTheMaterialsAndLinksBackToItsEvent() {
		var event = events.published("Matinée racontée " + UUID.randomUUID(), LocalDateTime.of(2013, 3, 20, 8, 0), 40);
		var organiser = members.create("raconteuse", Role.ORGANISER);
		var slug = articles.published(members.create("plume-cr", Role.AUTHOR).id());

		var chosen = mvc.post()
			.uri("/manage/events/" + event.slug() + "/write-up")
			.param("address", "https://cercle.example/articles/" + slug + "/")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
		assertThat(chosen).hasStatus(302);

		var section = Pages.html(mvc.get().uri("/events/" + event.slug()).exchange()).select("section.materials");
		assertThat(section.select("li").first().text()).isEqualTo("Compte rendu : Article de test " + slug);
		assertThat(section.select("a").first().attr("href")).isEqualTo("/articles/" + slug);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select(".write-up-of").text())
				.isEqualTo("Compte rendu de " + event.title()));
		assertThat(Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select(".write-up-of a").attr("href"))
			.isEqualTo("/events/" + event.slug());

		var manage = Pages.html(mvc.get()
			.uri("/manage/events/" + event.slug() + "/materials")
			.with(user(TestMembers.principal(organiser)))
			.exchange());
		assertThat(manage.select("#write-up-article option")).as("the newest articles to choose from")
			.hasSizeGreaterThan(1);
		assertThat(mvc.post()
			.uri("/manage/events/" + event.slug() + "/write-up/deletion")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(Pages.html(mvc.get().uri("/events/" + event.slug()).exchange()).select("section.materials"))
			.isEmpty();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select(".write-up-of"))
						.isEmpty());
	}

	@Test
	void anAddressThatIsNoPublishedArticleIsRefusedInFrench() {
		var event = events.published("Matinée sans récit " + UUID.randomUUID(), LocalDateTime.of(2013, 3, 20, 8, 0),
				40);
		var organiser = members.create("raconteur", Role.ORGANISER);
		var draft = articles.draft(members.create("plume-brouillon", Role.AUTHOR).id());
		for (var address : new String[] { "/articles/" + draft, "/articles/n-existe-pas", "javascript:alert(1)", "" }) {
			var refused = mvc.post()
				.uri("/manage/events/" + event.slug() + "/write-up")
				.param("address", address)
				.with(user(TestMembers.principal(organiser)))
				.with(csrf())
				.exchange();
			assertThat(refused).as(address).hasStatus(400);
			assertThat(Pages.html(refused).select(".error-summary").text()).startsWith("Aucun article publié");
		}
		assertThat(jdbc.sql("select count(*) from events_write_up where event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void registeredMembersAreToldOnceWhenTheFirstMaterialsAppear() {
		var event = events.published("Matinée à supports " + UUID.randomUUID(), LocalDateTime.now().plusDays(30), 40);
		var organiser = members.create("deposante", Role.ORGANISER);
		var registered = members.create("inscrite-supports");
		var stranger = members.create("curieux-supports");
		seats.register(event.slug(), new MemberId(registered.id()));

		addFile(organiser, event.slug(), "Présentation");
		addFile(organiser, event.slug(), "Photos");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(registered) == 1);
		addFile(organiser, event.slug(), "Encore une");
		assertThat(count(registered)).isEqualTo(1);
		assertThat(count(stranger)).isZero();
		var page = Pages.html(mvc.get().uri("/notifications").with(user(TestMembers.principal(registered))).exchange());
		assertThat(page.text()).contains("Les supports de « " + event.title() + " » sont en ligne");
	}

	@Test
	void searchFindsAnEventByItsMaterialsTitle() {
		var event = events.published("Matinée cherchée " + UUID.randomUUID(), LocalDateTime.of(2013, 4, 17, 8, 0), 40);
		addFile(members.create("archiviste", Role.ORGANISER), event.slug(), "Cartographie ornithologique");
		var results = Pages.html(mvc.get().uri("/search?q=ornithologique").exchange());
		assertThat(results.select("main a[href=/events/" + event.slug() + "]")).hasSize(1);
		assertThat(results.select("main mark").eachText()).contains("ornithologique");
	}

	@Test
	void theSeriesAndPastEventsPagesShowThePastEditionsMaterials() {
		var past = Pages.html(mvc.get().uri("/events/past").exchange());
		var item = past
			.select(".event-item:has(a[href=/events/futur-du-travail-metiers-et-it-un-nouveau-contrat-de-service])");
		assertThat(item.select(".materials-badge").text()).isEqualTo("3 supports");

		var series = Pages.html(mvc.get().uri("/series/matinees-e2-0").exchange());
		var edition = series.select(
				"#past-heading ~ ol .event-item:has(a[href=/events/futur-du-travail-metiers-et-it-un-nouveau-contrat-de-service])");
		assertThat(edition.select("ul.materials a").eachText()).containsExactly(
				"Matinée E2.0 > Métiers et IT : un nouveau contrat de service !", "Supports de présentation",
				"Lecture préparatoire : comment allons-nous travailler demain ?");
		assertThat(edition.select("ul.materials a").first().attr("href"))
			.isEqualTo("/articles/matinee-e2-0-metiers-et-it-un-nouveau-contrat-de-service");
		assertThat(Pages
			.html(mvc.get().uri("/articles/matinee-e2-0-metiers-et-it-un-nouveau-contrat-de-service").exchange())
			.select(".write-up-of a")
			.attr("href")).isEqualTo("/events/futur-du-travail-metiers-et-it-un-nouveau-contrat-de-service");
	}

	private void addFile(Member organiser, String event, String title) {
		assertThat(mvc.post()
			.uri("/manage/events/" + event + "/materials/files")
			.multipart()
			.file(new MockMultipartFile("file", "supports.pdf", "application/pdf", PDF))
			.param("title", title)
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange()).hasStatus(302);
	}

	private long count(Member member) {
		return jdbc.sql("select count(*) from notifications_notification where member_id = :member and kind = :kind")
			.param("member", member.id())
			.param("kind", "EVENT_MATERIALS")
			.query(Long.class)
			.single();
	}

}
