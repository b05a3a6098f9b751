package org.cercle.events.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cercle.community.MemberId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTests {

	static final Instant NOW = Instant.parse("2030-01-10T09:00:00Z");

	static final Instant START = Instant.parse("2030-02-01T07:00:00Z");

	@Test
	void refusesRegistrationsForDraftsCancelledAndStartedEvents() {
		var draft = event(null, null);
		assertThat(draft.registrationRefusal(NOW)).hasValue("events.registration.not-published");
		var published = event(null, null);
		published.publish(NOW);
		assertThat(published.registrationRefusal(NOW)).isEmpty();
		assertThat(published.registrationRefusal(START)).hasValue("events.registration.started");
		published.cancel("Neige", NOW);
		assertThat(published.registrationRefusal(NOW)).hasValue("events.registration.cancelled");
	}

	@Test
	void refusesRegistrationsBeforeOpeningAndFromClosing() {
		var event = event(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)));
		event.publish(NOW);
		assertThat(event.registrationRefusal(NOW)).hasValue("events.registration.not-open");
		assertThat(event.registrationRefusal(NOW.plus(Duration.ofDays(2)))).isEmpty();
		assertThat(event.registrationRefusal(NOW.plus(Duration.ofDays(10)))).hasValue("events.registration.closed");
	}

	@Test
	void everyPublishedChangeAndTheCancellationRaiseTheSequenceOnce() {
		var event = event(null, null);
		event.publish(NOW);
		assertThat(event.sequence()).isZero();
		event.update(details(null, null), 0, NOW);
		event.publish(NOW);
		assertThat(event.sequence()).isEqualTo(1);
		event.cancel("Salle indisponible", NOW);
		assertThat(event.sequence()).isEqualTo(2);
		assertThat(event.cancellationReason()).isEqualTo("Salle indisponible");
	}

	@Test
	void anEventEndsAfterItStarts() {
		assertThatThrownBy(() -> new EventDetails("t", "s", "d", null, null, START, START,
				new Venue("Lieu", null, null, null), null, null, null, List.of(), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Event event(Instant opens, Instant closes) {
		return new Event("matinee", details(opens, closes), new MemberId(UUID.randomUUID()), NOW);
	}

	private static EventDetails details(Instant opens, Instant closes) {
		return new EventDetails("Matinée", "Résumé", "Description", "Matinées E2.0", 4, START,
				START.plus(Duration.ofHours(2)), new Venue("Espace Cercle", null, "Genève", null), 10, opens, closes,
				List.of(), List.of());
	}

}
