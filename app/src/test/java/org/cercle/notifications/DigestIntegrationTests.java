package org.cercle.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.MapBindingResult;

import org.cercle.community.MemberId;
import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.events.registration.Seats;
import org.cercle.feed.article.ArticleEditing;
import org.cercle.feed.article.ArticleForm;
import org.cercle.notifications.digest.Digests;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.mail.Unsubscribes;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest goes to members whose period is over, who have not visited since their last
 * one, and only when something is new; it unsubscribes in one click.
 */
@IntegrationTest
class DigestIntegrationTests {

	@Autowired
	Digests digests;

	@Autowired
	TestMembers members;

	@Autowired
	ArticleEditing editing;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	Unsubscribes unsubscribes;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDigestListsWhatIsNewForThoseWhoHaveNotVisitedAndOnlyWhenSomethingIsNew() throws Exception {
		var absent = daily("absente");
		var visitor = daily("visiteuse");
		var weekly = members.create("hebdomadaire");
		digests.choose(new MemberId(weekly.id()), Digests.Frequency.WEEKLY);
		setLastDigest(weekly, Instant.now().minusSeconds(3 * 86400));
		var event = events.published("Matinée du résumé " + UUID.randomUUID().toString().substring(0, 6),
				LocalDateTime.now().plusDays(10).withHour(8).withNano(0), 50);
		seats.register(event.slug(), new MemberId(absent.id()));
		visited(visitor);

		var title = "Le résumé de la semaine " + UUID.randomUUID().toString().substring(0, 6);
		var author = members.create("plume-resume", Role.AUTHOR);
		editing.save(null, new ArticleForm(title, "Un résumé.", "Le texte.", "", "", ""), null, false, author.id(),
				false, ArticleEditing.Action.PUBLISH, new MapBindingResult(new HashMap<String, Object>(), "form"));

		assertThat(digests.sendDue()).isOne();
		var letter = mailbox.awaitOne(absent.email(), "Quoi de neuf");
		assertThat(TestMailbox.text(letter)).contains(title)
			.contains(event.title())
			.contains("/events/" + event.slug());
		assertThat(letter.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mailbox.to(visitor.email())).as("visited since the last one").isEmpty();
		assertThat(mailbox.to(weekly.email())).as("a week has not passed").isEmpty();
		assertThat(digests.sendDue()).as("not twice").isZero();

		var token = unsubscribes.token(new MemberId(absent.id()), Kind.DIGEST);
		assertThat(mvc.post().uri("/notifications/unsubscribe/" + token).exchange()).hasStatus(200);
		assertThat(digests.frequency(new MemberId(absent.id()))).isEqualTo(Digests.Frequency.NEVER);
	}

	private Member daily(String prefix) {
		var member = members.create(prefix);
		digests.choose(new MemberId(member.id()), Digests.Frequency.DAILY);
		setLastDigest(member, Instant.now().minusSeconds(2 * 86400));
		return member;
	}

	private void setLastDigest(Member member, Instant at) {
		jdbc.sql("update notifications_digest set last_at = :at where member_id = :member")
			.param("at", Timestamp.from(at))
			.param("member", member.id())
			.update();
	}

	private void visited(Member member) {
		var now = System.currentTimeMillis();
		jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				    max_inactive_interval, expiry_time, principal_name)
				values (:id, :session, :now, :now, 1209600, :expiry, :principal)""")
			.param("id", UUID.randomUUID().toString())
			.param("session", UUID.randomUUID().toString())
			.param("now", now)
			.param("expiry", now + 1_209_600_000L)
			.param("principal", member.id().toString())
			.update();
	}

}
