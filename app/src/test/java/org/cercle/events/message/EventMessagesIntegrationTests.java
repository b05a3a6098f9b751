package org.cercle.events.message;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.MemberId;
import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.events.registration.Seats;
import org.cercle.mail.outbox.OutboxWorker;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;
import org.cercle.testsupport.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * « Écrire aux inscrits » (#21, point 9): preview first, then one letter a member over
 * real SMTP, the waitlist only when chosen, the same form never sent twice, audited.
 */
@IntegrationTest
class EventMessagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	OutboxWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOrganiserPreviewsThenWritesToTheConfirmedMembersOnce() {
		var event = events.published("Matinée à prévenir " + UUID.randomUUID().toString().substring(0, 6),
				LocalDateTime.now().plusDays(15), 1);
		var organiser = members.create("orga-message", Role.ORGANISER);
		var confirmed = members.create("confirmee-message");
		var waiting = members.create("attente-message");
		seats.register(event.slug(), new MemberId(confirmed.id()));
		seats.register(event.slug(), new MemberId(waiting.id()));
		var path = "/manage/events/" + event.slug() + "/message";

		var form = Pages.html(mvc.get().uri(path).with(user(TestMembers.principal(organiser))).exchange());
		var token = form.select("input[name=token]").val();
		assertThat(form.select("button[value=send]")).as("no send before a preview").isEmpty();
		assertThat(form.select("fieldset label").eachText()).containsExactly("L'inscrit·e confirmé·e (1 personne)",
				"Confirmés et liste d'attente (2 personnes)");

		var preview = post(organiser, path, token, "Changement de salle", "Rendez-vous **salle B**.", "preview");
		assertThat(preview).hasStatusOk();
		assertThat(Pages.html(preview).select(".preview strong").eachText()).contains("salle B");
		assertThat(Pages.html(preview).select("#body").text()).isEqualTo("Rendez-vous **salle B**.");

		assertThat(post(organiser, path, token, "Changement de salle", "Rendez-vous **salle B**.", "send"))
			.hasStatus(302);
		var again = post(organiser, path, token, "Changement de salle", "Rendez-vous **salle B**.", "send");
		assertThat(again).as("the same form sent twice").hasStatus(409);
		assertThat(Pages.html(again).select(".error-summary").text()).startsWith("Ce message est déjà parti");

		worker.sendDue();
		var letter = mailbox.awaitOne(confirmed.email(), "Changement de salle");
		assertThat(TestMailbox.html(letter)).contains("<strong>salle B</strong>");
		assertThat(TestMailbox.subject(letter)).startsWith(event.title());
		assertThat(mailbox.to(waiting.email())).as("the waitlist was not chosen")
			.noneMatch(message -> TestMailbox.subject(message).contains("Changement de salle"));
		assertThat(jdbc
			.sql("select count(*) from community_audit_entry where action = 'EVENT_MESSAGE_SENT' "
					+ "and details like :event")
			.param("event", "%" + event.title() + "%")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void anEmptySubjectIsRefusedOnTheFormWithTheTextKept() {
		var event = events.published("Matinée muette " + UUID.randomUUID().toString().substring(0, 6),
				LocalDateTime.now().plusDays(15), 10);
		var organiser = members.create("orga-muet", Role.ORGANISER);
		var path = "/manage/events/" + event.slug() + "/message";
		var refused = post(organiser, path, UUID.randomUUID().toString(), " ", "Un texte gardé.", "send");
		assertThat(refused).hasStatus(400);
		var page = Pages.html(refused);
		assertThat(page.select(".error-summary").text()).isEqualTo("Indiquez un objet (150 caractères au plus).");
		assertThat(page.select("#subject").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#body").text()).isEqualTo("Un texte gardé.");
		assertThat(jdbc.sql("select count(*) from events_message where event_id = :id")
			.param("id", event.id())
			.query(Long.class)
			.single()).isZero();
	}

	private MvcTestResult post(Member organiser, String path, String token, String subject, String body,
			String action) {
		return mvc.post()
			.uri(path)
			.param("token", token)
			.param("subject", subject)
			.param("body", body)
			.param("action", action)
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
	}

}
