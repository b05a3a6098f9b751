package org.cercle.notifications;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.MapBindingResult;

import org.cercle.community.CircleId;
import org.cercle.community.MemberId;
import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.circle.CircleDirectory;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.events.event.EventManagement;
import org.cercle.events.registration.Seats;
import org.cercle.feed.article.ArticleEditing;
import org.cercle.feed.article.ArticleForm;
import org.cercle.notifications.inbox.Follows;
import org.cercle.notifications.inbox.Kind;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * New articles reach those who follow their author or one of their tags; a change of an
 * event reaches its registered members; a circle's new event reaches the circle's
 * members.
 */
@IntegrationTest
class FollowAndEventNotificationsIntegrationTests {

	@Autowired
	TestMembers members;

	@Autowired
	Follows follows;

	@Autowired
	ArticleEditing editing;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Autowired
	EventManagement management;

	@Autowired
	CircleDirectory circles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewArticleReachesTheFollowersOfItsAuthorAndOfItsTagsOnly() {
		var author = members.create("plume", Role.AUTHOR);
		var fan = members.create("fan-auteur");
		var tagReader = members.create("fan-theme");
		var stranger = members.create("indifferent");
		var tag = "theme-" + UUID.randomUUID().toString().substring(0, 6);
		follows.follow(new MemberId(fan.id()), new Follows.Target(Follows.Type.AUTHOR, author.id().toString()));
		follows.follow(new MemberId(tagReader.id()), new Follows.Target(Follows.Type.TAG, tag));
		follows.follow(new MemberId(author.id()), new Follows.Target(Follows.Type.TAG, tag));
		var form = new ArticleForm("Nouvelles du réseau " + tag, "Un résumé.", "Le texte.", tag, "", "");
		var article = editing.save(null, form, null, false, author.id(), false, ArticleEditing.Action.PUBLISH,
				new MapBindingResult(new HashMap<String, Object>(), "form"));
		assertThat(article).isNotNull();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count(fan, Kind.FOLLOWED_ARTICLE) == 1 && count(tagReader, Kind.FOLLOWED_ARTICLE) == 1);
		assertThat(count(author, Kind.FOLLOWED_ARTICLE)).as("never the author").isZero();
		assertThat(count(stranger, Kind.FOLLOWED_ARTICLE)).isZero();
	}

	@Test
	void aChangedEventReachesItsRegisteredMembers() {
		var title = "Matinée mouvante " + UUID.randomUUID().toString().substring(0, 6);
		var event = events.published(title, LocalDateTime.now().plusDays(12).withHour(8).withNano(0), 30);
		var registered = members.create("inscrite-mouvante");
		var other = members.create("non-inscrite");
		seats.register(event.slug(), new MemberId(registered.id()));
		management.update(event.slug(),
				TestEvents.details(title, LocalDateTime.now().plusDays(13).withHour(9).withNano(0), 30), null);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(registered, Kind.EVENT_CHANGED) == 1);
		assertThat(count(other, Kind.EVENT_CHANGED)).isZero();
	}

	@Test
	void aCirclesNewEventReachesItsMembers() {
		var owner = members.create("hote", Role.ORGANISER);
		var circle = circles.create("Cercle des matinées " + UUID.randomUUID().toString().substring(0, 6),
				"Rencontres.", false, owner.id());
		var member = members.create("habituee");
		circles.join(circle.slug(), member.id(), null);
		var title = "Matinée du cercle " + UUID.randomUUID().toString().substring(0, 6);
		var draft = management.create(
				TestEvents.details(title, LocalDateTime.now().plusDays(30).withHour(8).withNano(0), 40),
				new CircleId(circle.id()), new MemberId(owner.id()));
		management.publish(draft.slug());
		await().atMost(Duration.ofSeconds(10)).until(() -> count(member, Kind.CIRCLE_EVENT) == 1);
	}

	private long count(Member member, Kind kind) {
		return jdbc.sql("select count(*) from notifications_notification where member_id = :member and kind = :kind")
			.param("member", member.id())
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

}
