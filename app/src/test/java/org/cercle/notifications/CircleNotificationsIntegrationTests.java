package org.cercle.notifications;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.circle.CircleDirectory;
import org.cercle.community.circle.CircleDiscussions;
import org.cercle.community.member.Member;
import org.cercle.feed.article.TestArticles;
import org.cercle.feed.comment.CommentModeration;
import org.cercle.feed.comment.Commenting;
import org.cercle.notifications.inbox.Kind;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Circles and moderation: a request reaches the circle's leaders and its answer the
 * member; a reply in a private circle's discussion reaches its participants while they
 * belong to the circle, and what they were told leaves with them; a hidden comment's
 * author is told why.
 */
@IntegrationTest
class CircleNotificationsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	CircleDirectory circles;

	@Autowired
	CircleDiscussions discussions;

	@Autowired
	TestArticles articles;

	@Autowired
	Commenting commenting;

	@Autowired
	CommentModeration moderation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRequestReachesTheLeadersAndTheAnswerTheMember() {
		var owner = members.create("animatrice");
		var circle = circles.create("Cercle fermé " + UUID.randomUUID().toString().substring(0, 6), "Sur demande.",
				true, owner.id());
		var asking = members.create("demandeur");
		circles.join(circle.slug(), asking.id(), "Bonjour !");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(owner, Kind.CIRCLE_REQUEST) == 1);
		circles.decide(circle.slug(), asking.handle(), owner.id(), false, true);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(asking, Kind.CIRCLE_DECISION) == 1);
		var page = Pages.html(mvc.get().uri("/notifications").with(user(TestMembers.principal(asking))).exchange());
		assertThat(page.select("ol.notifications").text()).contains("est acceptée");
	}

	@Test
	void aPrivateDiscussionsRepliesReachOnlyThoseWhoStillBelong() {
		var owner = members.create("gardienne");
		var circle = circles.create("Cercle privé " + UUID.randomUUID().toString().substring(0, 6), "Entre nous.", true,
				owner.id());
		var early = members.create("premier-venu");
		var leaving = members.create("sur-le-depart");
		for (var member : new Member[] { early, leaving }) {
			circles.join(circle.slug(), member.id(), null);
			circles.decide(circle.slug(), member.handle(), owner.id(), false, true);
		}
		var discussion = discussions.start(circle.slug(), owner.id(), false, "Ordre du jour", "Vos idées ?");
		discussions.reply(circle.slug(), discussion.id(), early.id(), false, "Le télétravail.");
		discussions.reply(circle.slug(), discussion.id(), leaving.id(), false, "Les tiers-lieux.");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(early, Kind.DISCUSSION_REPLY) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(owner, Kind.DISCUSSION_REPLY) == 2);
		assertThat(count(leaving, Kind.DISCUSSION_REPLY)).as("never the replier").isZero();

		discussions.reply(circle.slug(), discussion.id(), early.id(), false, "Et la gouvernance.");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(leaving, Kind.DISCUSSION_REPLY) == 1);
		circles.leave(circle.slug(), leaving.id());
		await().atMost(Duration.ofSeconds(10)).until(() -> count(leaving, Kind.DISCUSSION_REPLY) == 0);

		discussions.reply(circle.slug(), discussion.id(), owner.id(), false, "Merci à tous.");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(early, Kind.DISCUSSION_REPLY) == 2);
		assertThat(count(leaving, Kind.DISCUSSION_REPLY)).as("not after leaving").isZero();
		var page = Pages.html(mvc.get().uri("/notifications").with(user(TestMembers.principal(leaving))).exchange());
		assertThat(page.text()).doesNotContain("Ordre du jour");
	}

	@Test
	void aNewDiscussionReachesMembersWhoDidNotMuteTheCircleAndFollowersOfAPublicCircle() {
		var owner = members.create("lanceuse");
		var circle = circles.create("Cercle ouvert " + UUID.randomUUID().toString().substring(0, 6), "Pour tous.",
				false, owner.id());
		var member = members.create("membre-attentif");
		var muting = members.create("membre-sourdine");
		circles.join(circle.slug(), member.id(), null);
		circles.join(circle.slug(), muting.id(), null);
		var outsider = members.create("curieux-externe");
		var stranger = members.create("passant");
		var muteForm = mvc.post()
			.uri("/follows")
			.param("type", "CIRCLE_MUTED")
			.param("target", circle.id().toString())
			.param("back", "/circles/" + circle.slug())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(user(TestMembers.principal(muting)))
			.exchange();
		assertThat(muteForm).hasStatus(302);
		var followForm = mvc.post()
			.uri("/follows")
			.param("type", "CIRCLE")
			.param("target", circle.id().toString())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(user(TestMembers.principal(outsider)))
			.exchange();
		assertThat(followForm).hasStatus(302);

		var discussion = discussions.start(circle.slug(), owner.id(), false, "Nouvelle idée", "Parlons-en.");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count(member, Kind.CIRCLE_DISCUSSION) == 1 && count(outsider, Kind.CIRCLE_DISCUSSION) == 1);
		assertThat(count(muting, Kind.CIRCLE_DISCUSSION)).as("muted").isZero();
		assertThat(count(stranger, Kind.CIRCLE_DISCUSSION)).isZero();
		assertThat(count(owner, Kind.CIRCLE_DISCUSSION)).as("never the author").isZero();

		var thread = mvc.post()
			.uri("/follows")
			.param("type", "DISCUSSION")
			.param("target", circle.slug() + "/" + discussion.id())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(user(TestMembers.principal(stranger)))
			.exchange();
		assertThat(thread).hasStatus(302);
		discussions.reply(circle.slug(), discussion.id(), member.id(), false, "Bonne idée.");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(stranger, Kind.DISCUSSION_REPLY) == 1);
		var page = Pages
			.html(mvc.get().uri("/circles/" + circle.slug()).with(user(TestMembers.principal(muting))).exchange());
		assertThat(page.select("form.follow button").text()).isEqualTo("Suivre les nouvelles discussions");
		var preferences = Pages
			.html(mvc.get().uri("/account/notifications").with(user(TestMembers.principal(stranger))).exchange());
		assertThat(preferences.text()).contains("Une discussion suivie");
	}

	@Test
	void aHiddenCommentsAuthorIsToldWhy() {
		var author = members.create("autrice-mod", Role.AUTHOR);
		var slug = articles.published(author.id());
		var writer = members.create("auteur-masque");
		var comment = commenting.post(slug, writer.id(), null, "Un avis tranché.", true);
		moderation.hide(comment.id(), members.create("moderatrice", Role.MODERATOR).id(), "Hors sujet");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(writer, Kind.COMMENT_MODERATED) == 1);
		var page = Pages.html(mvc.get().uri("/notifications").with(user(TestMembers.principal(writer))).exchange());
		assertThat(page.select("ol.notifications").text()).contains("masqué par la modération : Hors sujet");
	}

	private long count(Member member, Kind kind) {
		return jdbc.sql("select count(*) from notifications_notification where member_id = :member and kind = :kind")
			.param("member", member.id())
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

}
