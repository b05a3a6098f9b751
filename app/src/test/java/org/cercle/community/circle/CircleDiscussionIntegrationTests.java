package org.cercle.community.circle;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;
import org.cercle.testsupport.XssPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Members discuss inside circles; private circles keep their talk to themselves; leaders
 * lead.
 */
@IntegrationTest
class CircleDiscussionIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	CircleDirectory circles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void membersOfAPublicCircleStartDiscussionsThatReadersReadAndFollowInAtom() {
		var slug = publicCircle();
		var member = joined(slug, "discutante");
		var started = post("/circles/" + slug + "/discussions", member, "title", "Outils de veille", "body",
				"Vos *outils* préférés ?");
		assertThat(started).hasStatus(302);
		var path = started.getResponse().getRedirectedUrl();
		var replier = joined(slug, "repondant");
		assertThat(post(path + "/replies", replier, "body", "Un lecteur de flux, tout simplement.")).hasStatus(302);

		var page = html(mvc.get().uri(path).exchange());
		assertThat(page.select("h1").text()).isEqualTo("Outils de veille");
		assertThat(page.select("#discussion .comment-body em").text()).isEqualTo("outils");
		assertThat(page.select(".comment-list .comment-body").text()).isEqualTo("Un lecteur de flux, tout simplement.");
		var circle = html(mvc.get().uri("/circles/" + slug).exchange());
		assertThat(circle.select(".discussions a").eachText()).containsExactly("Outils de veille");
		assertThat(circle.select(".activity li").eachText())
			.anyMatch(line -> line.contains("a répondu dans Outils de veille"));

		var feed = mvc.get().uri("/circles/" + slug + "/feed.atom").exchange();
		assertThat(feed).hasStatusOk();
		assertThat(feed).bodyText().contains("<title>Outils de veille</title>").contains(path);
		assertThat(post("/circles/" + slug + "/discussions", members.create("passant"), "title", "Intrus", "body", "x"))
			.as("only members post")
			.hasStatus(403);
	}

	@Test
	void aMemberWritingTooFastIsStoppedAfterFivePostsAMinuteWithTheTextKept() {
		var slug = publicCircle();
		var member = joined(slug, "bavarde");
		var started = post("/circles/" + slug + "/discussions", member, "title", "Fil rapide", "body", "Premier.");
		assertThat(started).hasStatus(302);
		var path = started.getResponse().getRedirectedUrl();
		for (int i = 2; i <= 5; i++) {
			assertThat(post(path + "/replies", member, "body", "Réponse " + i)).hasStatus(302);
		}
		var sixth = post(path + "/replies", member, "body", "Une de trop.");
		assertThat(sixth).hasStatus(429);
		assertThat(html(sixth).select(".error-summary").text()).startsWith("Vous écrivez trop vite");
		assertThat(html(sixth).select("textarea#body").text()).isEqualTo("Une de trop.");
		var another = post("/circles/" + slug + "/discussions", member, "title", "Encore", "body", "Un autre fil.");
		assertThat(another).as("new discussions and replies count together").hasStatus(429);
		assertThat(jdbc.sql("select count(*) from community_discussion_reply where author_id = :a")
			.param("a", member.id())
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(post(path + "/replies", joined(slug, "calme"), "body", "Moi, je n'ai rien dit encore."))
			.as("others are not slowed down")
			.hasStatus(302);
	}

	@Test
	void aPrivateCirclesDiscussionsStayWithItsMembers() {
		var organisers = "organisation-des-matinees-e2-0";
		var anais = members.create("anais-bis", Role.MODERATOR);
		var started = post("/circles/" + organisers + "/discussions", anais, "title", "Sujet interne", "body",
				"Confidentiel.");
		assertThat(started).hasStatus(302);
		var path = started.getResponse().getRedirectedUrl();
		var outsider = members.create("dehors");
		assertThat(mvc.get().uri(path).exchange()).hasStatus(403);
		assertThat(mvc.get().uri(path).with(user(TestMembers.principal(outsider))).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/circles/" + organisers + "/feed.atom").exchange()).hasStatus(404);
		var seen = html(mvc.get().uri("/circles/" + organisers).with(user(TestMembers.principal(outsider))).exchange());
		assertThat(seen.select(".discussions")).isEmpty();
		assertThat(seen.text()).doesNotContain("Sujet interne");
		assertThat(post(path + "/replies", outsider, "body", "Je m'invite.")).hasStatus(403);
		var search = html(mvc.get()
			.uri("/search")
			.param("q", "Sujet interne")
			.with(user(TestMembers.principal(outsider)))
			.exchange());
		assertThat(search.text()).doesNotContain("Confidentiel");
	}

	@Test
	void aMemberCannotEditOrDeleteAnotherMembersPostButAModeratorDeletesIt() {
		var slug = publicCircle();
		var author = joined(slug, "autrice");
		var other = joined(slug, "autre");
		var path = post("/circles/" + slug + "/discussions", author, "title", "Ma question", "body", "Texte.")
			.getResponse()
			.getRedirectedUrl();
		assertThat(mvc.get().uri(path + "/edit").with(user(TestMembers.principal(other))).exchange()).hasStatus(403);
		assertThat(post(path, other, "title", "Détourné", "body", "Détourné")).hasStatus(403);
		assertThat(post(path + "/deletion", other, "x", "", "y", "")).hasStatus(403);
		assertThat(post(path + "/replies", other, "body", "Ma réponse.")).hasStatus(302);
		var reply = jdbc
			.sql("select id from community_discussion_reply where body_markdown = 'Ma réponse.' and author_id = :a")
			.param("a", other.id())
			.query(UUID.class)
			.single();
		assertThat(post(path + "/replies/" + reply, author, "body", "Changée")).hasStatus(403);
		assertThat(post(path, author, "title", "Ma question, précisée", "body", "Texte revu.")).hasStatus(302);
		assertThat(html(mvc.get().uri(path).exchange()).select("#discussion header").text()).contains("(modifié)");
		var empty = post(path + "/replies", other, "body", "  ");
		assertThat(empty).hasStatus(400);
		assertThat(html(empty).select("[role=alert]").text()).contains("Écrivez un texte");

		assertThat(post(path + "/replies/" + reply + "/deletion", members.create("moderatrice", Role.MODERATOR), "x",
				"", "y", ""))
			.hasStatus(302);
		assertThat(html(mvc.get().uri(path).exchange()).select(".comment-list .placeholder").text())
			.isEqualTo("Message supprimé.");
	}

	@Test
	void fiftySimultaneousJoinsByOneMemberMakeOneMembership() throws Exception {
		var slug = publicCircle();
		var member = members.create("impatient");
		var tasks = new ArrayList<Callable<String>>();
		for (int i = 0; i < 50; i++) {
			tasks.add(() -> {
				try {
					return circles.join(slug, member.id(), null).name();
				}
				catch (CircleRefused refused) {
					return refused.messageKey();
				}
			});
		}
		var pool = Executors.newFixedThreadPool(16);
		var outcomes = new ArrayList<String>();
		try {
			for (var future : pool.invokeAll(tasks)) {
				outcomes.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(outcomes).filteredOn("ACTIVE"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("community.circle.already"::equals).hasSize(49);
		assertThat(jdbc.sql(
				"select count(*) from community_circle_membership m join community_circle c on c.id = m.circle_id where c.slug = :s and m.member_id = :m")
			.param("s", slug)
			.param("m", member.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void ownersPromoteManagersWhoRemoveMembersAndACircleAlwaysKeepsAnOwner() {
		var owner = members.create("proprietaire", Role.MODERATOR);
		var created = post("/manage/circles", owner, "name", "Cercle dirigé " + owner.handle(), "description", "Test.");
		var slug = created.getResponse().getRedirectedUrl().substring("/circles/".length());
		var plainOwner = members.create("fondatrice");
		var manager = joined(slug, "future-responsable");
		var member = joined(slug, "simple-membre");
		assertThat(post("/circles/" + slug + "/members/" + plainOwner.handle() + "/role", manager, "role", "OWNER", "x",
				""))
			.hasStatus(403);
		joined(slug, plainOwner);
		assertThat(
				post("/circles/" + slug + "/members/" + manager.handle() + "/role", owner, "role", "MANAGER", "x", ""))
			.hasStatus(302);
		assertThat(post("/circles/" + slug + "/members/" + owner.handle() + "/removal", manager, "x", "", "y", ""))
			.as("a manager cannot remove an owner")
			.hasStatus(403);
		assertThat(post("/circles/" + slug + "/members/" + member.handle() + "/removal", manager, "x", "", "y", ""))
			.hasStatus(302);
		assertThat(html(mvc.get().uri("/circles/" + slug).exchange()).select(".people a").eachText())
			.doesNotContain(member.displayName());
		assertThat(post("/circles/" + slug + "/members/" + owner.handle() + "/role", owner, "role", "MEMBER", "x", ""))
			.as("the last owner stays owner")
			.hasStatus(409);
		assertThat(post("/circles/" + slug + "/members/" + manager.handle() + "/role", owner, "role", "CHEF", "x", ""))
			.hasStatus(400);
		assertThat(audited(owner)).contains("CIRCLE_ROLE_CHANGED");
		assertThat(audited(manager)).contains("CIRCLE_MEMBER_REMOVED");
	}

	@Test
	void moderatorsEditAndArchiveCirclesWhichThenRefuseNewMembersAndPosts() {
		var moderator = members.create("archiviste", Role.MODERATOR);
		var slug = post("/manage/circles", moderator, "name", "Cercle à archiver " + moderator.handle(), "description",
				"Bientôt fini.")
			.getResponse()
			.getRedirectedUrl()
			.substring("/circles/".length());
		assertThat(post("/manage/circles/" + slug, moderator, "name", "Cercle renommé " + moderator.handle(),
				"description", "Nouvelle description."))
			.hasStatus(302);
		assertThat(html(mvc.get().uri("/circles/" + slug).exchange()).select("h1").text())
			.isEqualTo("Cercle renommé " + moderator.handle());
		assertThat(post("/manage/circles/" + slug, moderator, "name", "", "description", "")).hasStatus(400);
		assertThat(post("/manage/circles/" + slug + "/archive", moderator, "x", "", "y", "")).hasStatus(302);

		var late = members.create("retardataire");
		var refused = post("/circles/" + slug + "/membership", late, "x", "", "y", "");
		assertThat(refused).hasStatus(409);
		assertThat(html(refused).select("main").text()).contains("archivé");
		assertThat(post("/circles/" + slug + "/discussions", moderator, "title", "Encore ?", "body", "Non."))
			.hasStatus(403);
		assertThat(html(mvc.get().uri("/circles").exchange()).select(".card-title a").eachText())
			.doesNotContain("Cercle renommé " + moderator.handle());
		assertThat(html(mvc.get().uri("/circles/" + slug).exchange()).select(".notice").text()).contains("archivé");
		assertThat(post("/manage/circles/" + slug + "/restoration", moderator, "x", "", "y", "")).hasStatus(302);
		assertThat(audited(moderator)).contains("CIRCLE_EDITED", "CIRCLE_ARCHIVED", "CIRCLE_RESTORED");
		assertThat(post("/circles/" + slug + "/membership", late, "x", "", "y", "")).hasStatus(302);
	}

	@Test
	void discussionTextRendersEveryPayloadHarmlessly() {
		var slug = publicCircle();
		var member = joined(slug, "xss-discussion");
		var path = post("/circles/" + slug + "/discussions", member, "title", "<script>alert(1)</script>", "body",
				"Départ")
			.getResponse()
			.getRedirectedUrl();
		for (var payload : XssPayloads.ALL) {
			// one writer a payload: one member may not post this fast
			assertThat(post(path + "/replies", joined(slug, "xss-reponse"), "body", payload)).hasStatus(302);
		}
		var page = html(mvc.get().uri(path).exchange());
		assertThat(page.select(".comment-list .comment-body")).hasSize(XssPayloads.ALL.size());
		XssPayloads.assertHarmless(page, ".comment-body");
		assertThat(page.select("h1").text()).isEqualTo("<script>alert(1)</script>");
		assertThat(page.select("main script")).isEmpty();
	}

	@Test
	void aCirclesPageListsTheUpcomingEventsItOrganises() {
		var page = html(mvc.get().uri("/circles/community-managers").exchange());
		assertThat(page.select("section[aria-labelledby=events-heading] a").eachText())
			.contains("Animer une communauté de pratique");
		var event = html(mvc.get().uri("/events/animer-une-communaute-de-pratique").exchange());
		assertThat(event.select("a[href=/circles/community-managers]").text()).isEqualTo("Community managers");
	}

	private java.util.List<String> audited(Member actor) {
		return jdbc.sql("select action from community_audit_entry where actor_id = :a")
			.param("a", actor.id())
			.query(String.class)
			.list();
	}

	private String publicCircle() {
		var moderator = members.create("fondateur", Role.MODERATOR);
		return post("/manage/circles", moderator, "name", "Cercle public " + moderator.handle(), "description",
				"Pour le test.")
			.getResponse()
			.getRedirectedUrl()
			.substring("/circles/".length());
	}

	private Member joined(String slug, String prefix) {
		return joined(slug, members.create(prefix));
	}

	private Member joined(String slug, Member member) {
		assertThat(post("/circles/" + slug + "/membership", member, "x", "", "y", "")).hasStatus(302);
		return member;
	}

	private MvcTestResult post(String path, Member member, String name, String value) {
		return mvc.post()
			.uri(path)
			.param(name, value)
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult post(String path, Member member, String name, String value, String name2, String value2) {
		return mvc.post()
			.uri(path)
			.param(name, value)
			.param(name2, value2)
			.param("visibility", path.startsWith("/manage/circles") ? "PUBLIC" : "")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
	}

	private static Document html(MvcTestResult result) {
		return Pages.html(result);
	}

}
