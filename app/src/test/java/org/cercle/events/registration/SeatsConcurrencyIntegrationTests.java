package org.cercle.events.registration;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;

import org.cercle.community.MemberId;
import org.cercle.community.account.TestMembers;
import org.cercle.events.TestEvents;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SeatsConcurrencyIntegrationTests {

	@Autowired
	Seats seats;

	@Autowired
	org.cercle.events.event.EventManagement management;

	@Autowired
	Registrations registrations;

	@Autowired
	TestEvents events;

	@Autowired
	TestMembers members;

	@Test
	void twoHundredMembersAtOnceGetFiftySeatsAndAFairWaitlist() throws Exception {
		var event = events.published("Matinée très demandée", LocalDateTime.now().plusDays(30).withHour(8), 50);
		var people = new ArrayList<MemberId>();
		for (int i = 0; i < 200; i++) {
			people.add(members.create("foule").memberId());
		}
		all(people, member -> seats.register(new org.cercle.events.EventId(event.id()), member));

		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.CONFIRMED)).isEqualTo(50);
		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.WAITLISTED)).isEqualTo(150);
		var everyone = registrations.ofEvent(event.id());
		assertThat(everyone.stream().map(Registration::memberId).distinct()).hasSize(200);
		var waitlist = registrations.waitlist(event.id(), Limit.of(200));
		var positions = waitlist.stream().map(registrations::waitlistPosition).toList();
		assertThat(positions)
			.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 150).boxed().toList());

		var firstTwentyWaiting = waitlist.subList(0, 20).stream().map(Registration::memberId).toList();
		var twentyConfirmed = everyone.stream()
			.filter(registration -> registration.status() == Registration.Status.CONFIRMED)
			.limit(20)
			.map(registration -> new MemberId(registration.memberId()))
			.toList();
		all(twentyConfirmed, member -> seats.cancel(new org.cercle.events.EventId(event.id()), member));

		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.CONFIRMED)).isEqualTo(50);
		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.WAITLISTED)).isEqualTo(130);
		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.CANCELLED)).isEqualTo(20);
		var confirmedNow = registrations.ofEvent(event.id())
			.stream()
			.filter(registration -> registration.status() == Registration.Status.CONFIRMED)
			.map(Registration::memberId)
			.toList();
		assertThat(confirmedNow).containsAll(firstTwentyWaiting);
	}

	@Test
	void raisingTheCapacityWhileFiftyRegisterPromotesTheWaitlistInOrderWithoutOverbooking() throws Exception {
		var event = events.published("Matinée agrandie", LocalDateTime.now().plusDays(30).withHour(8), 10);
		var people = new ArrayList<MemberId>();
		for (int i = 0; i < 50; i++) {
			people.add(members.create("salle").memberId());
		}
		var raise = new java.util.concurrent.atomic.AtomicInteger();
		all(people, member -> {
			seats.register(new org.cercle.events.EventId(event.id()), member);
			if (raise.incrementAndGet() == 20) { // the organiser raises it in the middle
													// of the rush
				management.update(event.slug(), management.editable(event.slug()).details().withCapacity(30), null);
			}
		});

		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.CONFIRMED)).isEqualTo(30);
		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.WAITLISTED)).isEqualTo(20);
		var everyone = registrations.ofEvent(event.id());
		var lastConfirmed = everyone.stream()
			.filter(registration -> registration.status() == Registration.Status.CONFIRMED)
			.map(Registration::registeredAt)
			.max(java.util.Comparator.naturalOrder())
			.orElseThrow();
		var firstWaiting = everyone.stream()
			.filter(registration -> registration.status() == Registration.Status.WAITLISTED)
			.map(Registration::registeredAt)
			.min(java.util.Comparator.naturalOrder())
			.orElseThrow();
		assertThat(lastConfirmed).as("nobody jumped the queue").isBeforeOrEqualTo(firstWaiting);

		var below = org.assertj.core.api.Assertions.catchThrowable(() -> management.update(event.slug(),
				management.editable(event.slug()).details().withCapacity(5), null));
		assertThat(below).isInstanceOf(org.cercle.shared.Refusal.class)
			.hasMessageContaining("events.form.capacity.below-confirmed");
		assertThat(registrations.countByEventIdAndStatus(event.id(), Registration.Status.CONFIRMED)).isEqualTo(30);
	}

	@Test
	void aMemberCannotRegisterTwiceEvenAtTheSameMoment() throws Exception {
		var event = events.published("Matinée sans doublon", LocalDateTime.now().plusDays(30).withHour(8), 10);
		var member = members.create("impatient").memberId();
		all(java.util.Collections.nCopies(10, member),
				someone -> seats.register(new org.cercle.events.EventId(event.id()), someone));
		assertThat(registrations.ofEvent(event.id())).hasSize(1);
	}

	/**
	 * Runs the action for every member at once, from as many threads, and waits for all.
	 */
	private static void all(List<MemberId> people, java.util.function.Consumer<MemberId> action) throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(people.size());
		try {
			var futures = people.stream().map(member -> pool.submit(() -> {
				start.await();
				try {
					action.accept(member);
				}
				catch (RuntimeException refused) {
					// a refused duplicate is expected in the duplicate test
				}
				return null;
			})).toList();
			start.countDown();
			for (var future : futures) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
