package org.cercle.events.registration;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.EventId;
import org.cercle.events.TestEvents;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Check-in at the door (#17, point 4). */
@IntegrationTest
class CheckInIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Autowired
	Registrations registrations;

	@Test
	void theOrganiserChecksInConfirmedMembersOnceByListOrByTheirQrCode() throws Exception {
		var event = events.published("Matinée à l'accueil", LocalDateTime.now().plusDays(10).withNano(0), 2);
		var other = events.published("Autre matinée", LocalDateTime.now().plusDays(20).withNano(0), 10);
		var alice = members.create("alice-porte");
		var bruno = members.create("bruno-porte");
		var chloe = members.create("chloe-attente");
		var dora = members.create("dora-ailleurs");
		for (var member : new Member[] { alice, bruno, chloe }) {
			seats.register(new EventId(event.id()), member.memberId());
		}
		seats.register(new EventId(other.id()), dora.memberId());
		var organiser = members.create("accueil", Role.ORGANISER);
		var door = "/manage/events/" + event.slug() + "/check-in";

		var page = Pages.html(mvc.get().uri(door).with(user(TestMembers.principal(organiser))).exchange());
		assertThat(page.select(".counts").text()).isEqualTo("2 inscriptions confirmées, aucune arrivée.");
		assertThat(page.select(".check-in-list strong").eachText()).containsExactly("Test alice-porte",
				"Test bruno-porte");
		assertThat(Pages.html(mvc.get().uri(door + "?q=bruno").with(user(TestMembers.principal(organiser))).exchange())
			.select(".check-in-list strong")
			.eachText()).containsExactly("Test bruno-porte");

		var aliceCode = code(event.id(), alice);
		var first = post(organiser, door + "/" + aliceCode);
		assertThat(first).hasStatus(302).flash().containsEntry("checkedIn", "events.check-in.done");
		assertThat(post(organiser, door + "/" + aliceCode)).flash()
			.containsEntry("checkedIn", "events.check-in.already");
		assertThat(Pages.html(mvc.get().uri(door).with(user(TestMembers.principal(organiser))).exchange())
			.select(".counts")
			.text()).isEqualTo("2 inscriptions confirmées, 1 arrivée.");

		var elsewhere = post(organiser, door + "/" + code(other.id(), dora));
		assertThat(elsewhere).as("another event's code").hasStatus(404);
		assertThat(Pages.html(elsewhere).select("main").text())
			.contains("Ce code ne correspond à aucune inscription de cet événement.");
		assertThat(post(organiser, door + "/" + code(event.id(), chloe))).as("waitlisted").hasStatus(409);
		assertThat(post(organiser, door + "/INCONNU0000")).hasStatus(404);

		var mine = Pages
			.html(mvc.get().uri("/account/registrations").with(user(TestMembers.principal(bruno))).exchange());
		var brunoCode = code(event.id(), bruno);
		assertThat(mine.select(".check-in-codes .code").eachText()).contains(brunoCode);
		var png = mvc.get()
			.uri("/account/registrations/" + event.slug() + "/check-in.png")
			.with(user(TestMembers.principal(bruno)))
			.exchange();
		assertThat(png).hasStatusOk().hasContentType("image/png");
		var scanned = org.cercle.testsupport.QrImages.decode(png.getResponse().getContentAsByteArray());
		assertThat(scanned).endsWith(door + "/" + brunoCode);
		assertThat(mvc.get()
			.uri("/account/registrations/" + event.slug() + "/check-in.png")
			.with(user(TestMembers.principal(chloe)))
			.exchange()).as("no seat, no code").hasStatus(404);

		var opened = Pages.html(mvc.get()
			.uri(scanned.substring(scanned.indexOf("/manage/")))
			.with(user(TestMembers.principal(organiser)))
			.exchange());
		assertThat(opened.select("h1").text()).isEqualTo("Test bruno-porte");
		assertThat(opened.select("main form button").text()).as("opening the address checks nobody in")
			.isEqualTo("Arrivé·e");
		assertThat(registrations.findByEventIdAndCheckInCode(event.id(), brunoCode).orElseThrow().checkedInAt())
			.isNull();

		var csv = mvc.get()
			.uri("/manage/events/" + event.slug() + "/registrations.csv")
			.with(user(TestMembers.principal(organiser)))
			.exchange();
		assertThat(csv).bodyText().contains("Arrivée le");
		var aliceLine = csv.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.lines()
			.filter(line -> line.contains("Test alice-porte"))
			.findFirst()
			.orElseThrow();
		var stats = Pages.html(mvc.get()
			.uri("/manage/events/" + event.slug() + "/registrations")
			.with(user(TestMembers.principal(organiser)))
			.exchange());
		assertThat(stats.select(".check-in-rate").text().replace('\u00A0', ' '))
			.isEqualTo("Arrivés à l'accueil : 1 sur 2 inscrits confirmés (50 %).");
		var chart = stats.select("svg.chart");
		assertThat(chart.select("title").text()).isEqualTo("Inscriptions par jour");
		assertThat(chart.select("desc").text()).contains("2 confirmées et 1 en liste d'attente");
		assertThat(chart.select("rect")).isNotEmpty();
		assertThat(stats.select(".chart-and-numbers table tbody td").eachText()).containsExactly("2", "1");
		assertThat(aliceLine).as("her arrival time, last").matches(".*;\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
	}

	private String code(java.util.UUID event, Member member) {
		return registrations.ofEvent(event)
			.stream()
			.filter(registration -> registration.memberId().equals(member.id()))
			.findFirst()
			.orElseThrow()
			.checkInCode();
	}

	private MvcTestResult post(Member member, String path) {
		return mvc.post().uri(path).with(user(TestMembers.principal(member))).with(csrf()).exchange();
	}

}
