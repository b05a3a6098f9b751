package org.cercle.events;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.cercle.community.CircleCatalog;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.events.event.EventManagement;
import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Registrations;
import org.cercle.events.registration.Seats;
import org.cercle.testsupport.ModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The events module alone: what it announces when organisers and members act. */
@ModuleTest
class EventsModuleTests {

	@MockitoBean
	CircleCatalog circles;

	@MockitoBean
	MemberDirectory members;

	@MockitoBean
	WriteUpArticles writeUpArticles;

	@MockitoBean
	org.cercle.mail.Letters letters;

	@MockitoBean
	org.cercle.mail.Outbox outbox;

	@MockitoBean
	org.cercle.community.AuditTrail audit;

	@Autowired
	EventManagement management;

	@Autowired
	Seats seats;

	@Autowired
	Registrations registrations;

	@Autowired
	TestEvents events;

	@Test
	void publishingADraftAnnouncesTheEvent(Scenario scenario) {
		var draft = events.draft("Matinée du module " + UUID.randomUUID(), LocalDateTime.now().plusDays(20));
		scenario.stimulate(() -> management.publish(draft.slug()))
			.andWaitForEventOfType(EventPublished.class)
			.matching(published -> published.slug().equals(draft.slug()))
			.toArriveAndVerify(published -> assertThat(published.title()).isEqualTo(draft.title()));
	}

	@Test
	void aFreedSeatGoesToTheFirstWaitingMemberAndSaysSo(Scenario scenario) {
		var event = events.published("Matinée d'une place " + UUID.randomUUID(), LocalDateTime.now().plusDays(20), 1);
		var first = new MemberId(UUID.randomUUID());
		var waiting = new MemberId(UUID.randomUUID());
		var later = new MemberId(UUID.randomUUID());
		seats.register(event.slug(), first);
		seats.register(event.slug(), waiting);
		seats.register(event.slug(), later);

		scenario.stimulate(() -> seats.cancel(event.slug(), first))
			.andWaitForEventOfType(PromotedFromWaitlist.class)
			.matching(promoted -> promoted.event().value().equals(event.id()))
			.toArriveAndVerify(promoted -> {
				assertThat(promoted.member()).isEqualTo(waiting);
				assertThat(registrations.live(event.id(), waiting.value())).get()
					.extracting(Registration::status)
					.isEqualTo(Registration.Status.CONFIRMED);
				assertThat(registrations.live(event.id(), later.value())).get()
					.extracting(Registration::status)
					.isEqualTo(Registration.Status.WAITLISTED);
			});
	}

}
