package org.cercle.notifications;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.cercle.community.MemberId;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.events.event.EventManagement;
import org.cercle.events.registration.Seats;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Preferences;
import org.cercle.notifications.inbox.ReminderLead;
import org.cercle.notifications.reminders.EventReminders;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SecondInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders go to confirmed members only, as long before as each chose, once even when
 * two runs race, and follow an event that moves.
 */
@IntegrationTest
class EventRemindersIntegrationTests {

	static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Autowired
	EventManagement management;

	@Autowired
	Preferences preferences;

	@Autowired
	EventReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void confirmedMembersAreRemindedOnceAsTheyChoseAndTheReminderFollowsAMovedEvent() throws Exception {
		var title = "Matinée du rappel " + UUID.randomUUID().toString().substring(0, 6);
		var event = events.published(title, LocalDateTime.now(GENEVA).plusHours(23).withNano(0), 2);
		var dayBefore = members.create("la-veille");
		var twoHours = members.create("deux-heures");
		var waiting = members.create("en-attente");
		var gone = members.create("desistee");
		preferences.chooseReminderLead(new MemberId(twoHours.id()), ReminderLead.H2);
		seats.register(event.slug(), new MemberId(dayBefore.id()));
		seats.register(event.slug(), new MemberId(twoHours.id()));
		seats.register(event.slug(), new MemberId(waiting.id()));
		seats.register(event.slug(), new MemberId(gone.id()));
		seats.cancel(event.slug(), new MemberId(gone.id()));

		try (var second = secondInstance()) {
			var pool = Executors.newFixedThreadPool(2);
			var runs = new ArrayList<Callable<Integer>>();
			runs.add(reminders::remindDue);
			runs.add(second.getBean(EventReminders.class)::remindDue);
			var written = 0;
			for (var run : pool.invokeAll(runs)) {
				written += run.get();
			}
			pool.shutdown();
			assertThat(written).as("both ran; together they wrote each reminder once").isOne();
		}
		assertThat(reminded(dayBefore)).as("once, though two instances raced").isOne();
		assertThat(reminded(twoHours)).as("not yet: two hours before").isZero();
		assertThat(reminded(waiting)).as("the waitlist is not reminded").isZero();

		var moved = TestEvents.details(title, LocalDateTime.now(GENEVA).plusMinutes(90).withNano(0), 2);
		management.update(event.slug(), moved, null);
		reminders.remindDue();
		assertThat(reminded(dayBefore)).as("a new reminder at the new time").isEqualTo(2);
		assertThat(reminded(twoHours)).isOne();
		reminders.remindDue();
		assertThat(reminded(twoHours)).isOne();

		management.cancel(event.slug(), "Orage");
		var other = members.create("trop-tard");
		assertThat(reminded(other)).isZero();
		await().atMost(Duration.ofSeconds(10)).until(() -> count(dayBefore, Kind.EVENT_CANCELLED) == 1);
	}

	/** Another instance of the application on the same database. */
	private org.springframework.context.ConfigurableApplicationContext secondInstance() {
		return SecondInstance.start(dataSource, "--cercle.mail.embedded=false",
				"--cercle.notifications.remind-every=PT1H");
	}

	private long reminded(Member member) {
		return count(member, Kind.EVENT_REMINDER);
	}

	private long count(Member member, Kind kind) {
		return jdbc.sql("select count(*) from notifications_notification where member_id = :member and kind = :kind")
			.param("member", member.id())
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

}
