package org.cercle.feed.comment;

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
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Members comment on articles; moderators approve, hide and restore; abuse is refused in
 * French.
 */
@IntegrationTest
class CommentsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Commenting commenting;

	@Test
	void aNewMembersFirstTwoCommentsWaitForApprovalThenTheirCommentsPublishAtOnce() {
		var slug = articles.published(members.create("auteur-article", Role.AUTHOR).id());
		var newcomer = members.create("nouvelle");
		var moderator = members.create("moderateur", Role.MODERATOR);

		assertThat(comment(slug, newcomer, "Mon tout premier commentaire.")).hasStatus(302);
		assertThat(page(slug, null).select(".comment-body").eachText()).as("pending: hidden from readers").isEmpty();
		var own = page(slug, newcomer);
		assertThat(own.select(".comment .notice").text()).contains("En attente de modération");
		assertThat(own.select(".comment-body").text()).isEqualTo("Mon tout premier commentaire.");
		assertThat(own.select("#comments-heading").text()).as("not « Aucun commentaire » above one's own")
			.isEqualTo("Commentaires");
		assertThat(page(slug, null).select("#comments-heading").text()).isEqualTo("Aucun commentaire");
		var queue = page("/manage/moderation", moderator);
		assertThat(queue.select("#queue-pending").text()).matches("En attente de validation \\(\\d+\\)");
		assertThat(queue.select("section[aria-labelledby=queue-pending] .comment-body").eachText())
			.contains("Mon tout premier commentaire.");

		approveAll(newcomer, moderator);
		assertThat(page(slug, null).select(".comment-body").eachText())
			.containsExactly("Mon tout premier commentaire.");
		assertThat(comment(slug, newcomer, "Le deuxième attend encore.")).hasStatus(302);
		assertThat(page(slug, null).select(".comment-body").eachText()).hasSize(1);
		approveAll(newcomer, moderator);
		assertThat(comment(slug, newcomer, "Le troisième paraît aussitôt.")).hasStatus(302);
		assertThat(page(slug, null).select(".comment-body").eachText()).containsExactly("Mon tout premier commentaire.",
				"Le deuxième attend encore.", "Le troisième paraît aussitôt.");
		assertThat(page(slug, null).select("#comments-heading").text()).isEqualTo("3 commentaires");
		assertThat(auditActions(moderator)).contains("COMMENT_APPROVED");
	}

	@Test
	void aCommentReportedByThreeMembersIsHeldThenHiddenWithAReasonThenRestored() {
		var slug = articles.published(members.create("auteur-signale", Role.AUTHOR).id());
		var writer = members.create("redactrice", Role.AUTHOR);
		var moderator = members.create("moderatrice", Role.MODERATOR);
		comment(slug, writer, "Un avis tranché.");
		var id = commentIds(slug).get(0);
		for (int i = 0; i < 2; i++) {
			assertThat(report(slug, id, members.create("lecteur"), "Hors sujet")).hasStatus(302);
		}
		assertThat(page(slug, null).select(".comment-body").eachText()).as("two reports: still shown")
			.contains("Un avis tranché.");
		var third = members.create("lecteur");
		assertThat(report(slug, id, third, "Propos blessants")).hasStatus(302);
		assertThat(report(slug, id, third, "Encore")).as("one report per member").hasStatus(409);
		var held = page(slug, null);
		assertThat(held.select(".comment-body")).isEmpty();
		assertThat(held.select(".comment .placeholder").text()).contains("masqué à la suite de signalements");
		assertThat(page("/manage/moderation", moderator).select("section[aria-labelledby=queue-held] .reports li")
			.eachText()).containsExactlyInAnyOrder("Hors sujet", "Hors sujet", "Propos blessants");

		assertThat(moderate("/manage/moderation/comments/" + id + "/hiding", moderator, "Attaque personnelle"))
			.hasStatus(302);
		assertThat(page(slug, null).select(".comment .placeholder").text())
			.isEqualTo("Commentaire masqué par la modération : Attaque personnelle");
		assertThat(moderate("/manage/moderation/comments/" + id + "/restoration", moderator, "")).hasStatus(302);
		assertThat(page(slug, null).select(".comment-body").eachText()).containsExactly("Un avis tranché.");
		assertThat(auditActions(moderator)).contains("COMMENT_HIDDEN", "COMMENT_RESTORED");
	}

	@Test
	void repliesGoOneLevelDeepAndSayWhomTheyAnswer() {
		var slug = articles.published(members.create("auteur-reponses", Role.AUTHOR).id());
		var first = members.create("premiere", Role.AUTHOR);
		var second = members.create("second", Role.AUTHOR);
		comment(slug, first, "La question.");
		var parent = commentIds(slug).get(0);
		assertThat(reply(slug, second, parent, "La réponse.")).hasStatus(302);
		var reply = commentIds(slug).get(1);
		var page = page(slug, null);
		assertThat(page.select(".replies article.comment .comment-body").text()).isEqualTo("La réponse.");
		assertThat(page.select(".replies article.comment header").text())
			.contains("en réponse à " + first.displayName());

		var refused = reply(slug, first, reply, "Une réponse à la réponse.");
		assertThat(refused).hasStatus(400);
		assertThat(html(refused).select("[role=alert]").text()).contains("pas à une réponse");
		assertThat(html(refused).select("textarea").text()).isEqualTo("Une réponse à la réponse.");
		assertThat(commentIds(slug)).hasSize(2);
	}

	@Test
	void onlyItsAuthorEditsACommentWithinFifteenMinutesAndDeletesIt() {
		var slug = articles.published(members.create("auteur-edition", Role.AUTHOR).id());
		var writer = members.create("ecrivaine", Role.AUTHOR);
		var other = members.create("voisin", Role.AUTHOR);
		comment(slug, writer, "Premier jet.");
		var id = commentIds(slug).get(0);
		var base = "/articles/" + slug + "/comments/" + id;

		assertThat(mvc.get().uri(base + "/edit").with(user(TestMembers.principal(other))).exchange()).hasStatus(403);
		assertThat(post(base, other, "body", "Détourné")).hasStatus(403);
		assertThat(post(base + "/deletion", other, "x", "")).hasStatus(403);
		assertThat(page(slug, null).select(".comment-body").text()).isEqualTo("Premier jet.");

		assertThat(post(base, writer, "body", "Premier jet, corrigé.")).hasStatus(302);
		var edited = page(slug, null);
		assertThat(edited.select(".comment-body").text()).isEqualTo("Premier jet, corrigé.");
		assertThat(edited.select(".comment header").text()).contains("(modifié)");

		jdbc.sql("update feed_comment set created_at = created_at - interval '16 minutes' where id = :id")
			.param("id", id)
			.update();
		assertThat(post(base, writer, "body", "Trop tard.")).hasStatus(403);
		assertThat(page(slug, writer).select(".comment .actions a")).as("no edit link after the window").isEmpty();

		assertThat(post(base + "/deletion", writer, "x", "")).hasStatus(302);
		assertThat(page(slug, null).select(".comment")).isEmpty();
		assertThat(page(slug, null).select("#comments-heading").text()).isEqualTo("Aucun commentaire");
	}

	@Test
	void refusesCommentsOnUnknownOrUnpublishedArticlesAndBadTextInFrench() {
		var author = members.create("auteur-refus", Role.AUTHOR);
		var member = members.create("commentatrice");
		var draft = articles.draft(author.id());
		assertThat(comment("article-inconnu", member, "Bonjour")).hasStatus(404);
		var onDraft = comment(draft, member, "Bonjour");
		assertThat(onDraft).hasStatus(404);
		assertThat(html(onDraft).select("main").text()).contains("n'existe pas ou n'est pas publié");

		var slug = articles.published(author.id());
		var empty = comment(slug, member, "   ");
		assertThat(empty).hasStatus(400);
		assertThat(html(empty).select("[role=alert]").text())
			.isEqualTo("Écrivez votre commentaire avant de l'envoyer.");
		var tooLong = comment(slug, member, "x".repeat(5001));
		assertThat(tooLong).hasStatus(400);
		assertThat(html(tooLong).select("textarea#body").text()).hasSize(5001);
		assertThat(comment(slug, null, "Anonyme")).as("anonymous: sign in first").hasStatus(302);
		assertThat(reply(slug, member, UUID.randomUUID(), "Réponse à rien")).hasStatus(404);
		assertThat(mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", "x")
			.param("parent", "pas-un-uuid")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(400);
		assertThat(commentIds(slug)).isEmpty();
	}

	@Test
	void theArticlesAuthorClosesCommentsAndOthersMayNot() {
		var author = members.create("auteur-fermeture", Role.AUTHOR);
		var slug = articles.published(author.id());
		var member = members.create("bavard");
		assertThat(post("/articles/" + slug + "/comments/closure", member, "x", "")).hasStatus(403);
		assertThat(post("/articles/" + slug + "/comments/closure", author, "x", "")).hasStatus(302);
		var closed = page(slug, member);
		assertThat(closed.select(".comments .notice").text())
			.isEqualTo("Les commentaires sont fermés pour cet article.");
		assertThat(closed.select("form.comment-form")).isEmpty();
		var refused = comment(slug, member, "Trop tard ?");
		assertThat(refused).hasStatus(409);
		assertThat(html(refused).select("textarea").text()).isEqualTo("Trop tard ?");
		assertThat(post("/articles/" + slug + "/comments/reopening", members.create("admin", Role.ADMIN), "x", ""))
			.hasStatus(302);
		assertThat(comment(slug, member, "Rouvert !")).hasStatus(302);
	}

	@Test
	void aMemberPostsAtMostFiveCommentsAMinuteAndKeepsTheRefusedText() {
		var slug = articles.published(members.create("auteur-cadence", Role.AUTHOR).id());
		var member = members.create("rapide", Role.AUTHOR);
		for (int i = 1; i <= 5; i++) {
			assertThat(comment(slug, member, "Commentaire " + i)).hasStatus(302);
		}
		var refused = comment(slug, member, "Le sixième, trop tôt.");
		assertThat(refused).hasStatus(429);
		assertThat(html(refused).select("[role=alert]").text()).contains("attendez une minute");
		assertThat(html(refused).select("textarea#body").text()).isEqualTo("Le sixième, trop tôt.");
		assertThat(commentIds(slug)).hasSize(5);
	}

	@Test
	void aMemberPostsAtMostFiftyCommentsADay() {
		var slug = articles.published(members.create("auteur-journee", Role.AUTHOR).id());
		var member = members.create("bavarde", Role.AUTHOR);
		for (int i = 1; i <= 50; i++) {
			assertThat(comment(slug, member, "Commentaire " + i)).hasStatus(302);
			// spread over the last hours, so that only the day's limit applies, not the
			// minute's
			jdbc.sql(
					"update feed_comment set created_at = now() - make_interval(mins => :minutes) where author_id = :author"
							+ " and created_at > now() - interval '1 minute'")
				.param("minutes", 10 * i)
				.param("author", member.id())
				.update();
		}
		var refused = comment(slug, member, "Le cinquante et unième.");
		assertThat(refused).hasStatus(429);
		assertThat(html(refused).select("[role=alert]").text())
			.contains("nombre maximal de commentaires pour aujourd'hui");
		assertThat(html(refused).select("textarea#body").text()).isEqualTo("Le cinquante et unième.");
		assertThat(commentIds(slug)).hasSize(50);

		jdbc.sql("update feed_comment set created_at = created_at - interval '1 day' where author_id = :author")
			.param("author", member.id())
			.update();
		assertThat(comment(slug, member, "Le lendemain.")).hasStatus(302);
	}

	@Test
	void aModeratorStopsAMemberFromCommenting() {
		var slug = articles.published(members.create("auteur-arret", Role.AUTHOR).id());
		var troll = members.create("troll");
		var moderator = members.create("moderation", Role.MODERATOR);
		assertThat(moderate("/manage/moderation/members/" + troll.handle() + "/stop", moderator, "Insultes répétées"))
			.hasStatus(302);
		var refused = comment(slug, troll, "Encore moi.");
		assertThat(refused).hasStatus(403);
		assertThat(html(refused).select("[role=alert]").text()).contains("retiré la possibilité de commenter");
		assertThat(post("/manage/moderation/members/" + troll.handle() + "/stop", troll, "reason", "x")).hasStatus(403);
		assertThat(moderate("/manage/moderation/members/" + troll.handle() + "/allow", moderator, "")).hasStatus(302);
		assertThat(comment(slug, troll, "Je me tiendrai bien.")).hasStatus(302);
		assertThat(auditActions(moderator)).contains("COMMENTS_STOPPED", "COMMENTS_ALLOWED");
	}

	@Test
	void linksInCommentsAreMarkedAsUserContent() {
		var slug = articles.published(members.create("auteur-liens", Role.AUTHOR).id());
		comment(slug, members.create("lien", Role.AUTHOR),
				"Voir [ce site](https://exemple.ch/page) et *ceci*.\n\n# Pas un titre");
		var body = page(slug, null).select(".comment-body").first();
		assertThat(body.select("a").attr("rel")).isEqualTo("nofollow ugc noopener");
		assertThat(body.select("em").text()).isEqualTo("ceci");
		assertThat(body.select("h1")).isEmpty();
	}

	@Test
	void aHundredMembersCommentingAtOnceAreAllStored() throws Exception {
		var slug = articles.published(members.create("auteur-foule", Role.AUTHOR).id());
		var tasks = new ArrayList<Callable<Comment>>();
		for (int i = 0; i < 100; i++) {
			var member = members.create("foule");
			tasks.add(() -> commenting.post(slug, member.id(), null, "Présent·e !", false));
		}
		var pool = Executors.newFixedThreadPool(32);
		try {
			for (var future : pool.invokeAll(tasks)) {
				assertThat(future.get().id()).isNotNull();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(commentIds(slug)).hasSize(100);
	}

	private void approveAll(Member author, Member moderator) {
		jdbc.sql("select id from feed_comment where author_id = :a and status = 'PENDING'")
			.param("a", author.id())
			.query(UUID.class)
			.list()
			.forEach(id -> assertThat(moderate("/manage/moderation/comments/" + id + "/approval", moderator, ""))
				.hasStatus(302));
	}

	private java.util.List<UUID> commentIds(String slug) {
		return jdbc.sql("""
				select c.id from feed_comment c join feed_article a on a.id = c.article_id
				where a.slug = :slug order by c.created_at, c.id""").param("slug", slug).query(UUID.class).list();
	}

	private java.util.List<String> auditActions(Member actor) {
		return jdbc.sql("select action from community_audit_entry where actor_id = :a")
			.param("a", actor.id())
			.query(String.class)
			.list();
	}

	private MvcTestResult comment(String slug, Member member, String body) {
		var request = mvc.post().uri("/articles/" + slug + "/comments").param("body", body).with(csrf());
		return member == null ? request.exchange() : request.with(user(TestMembers.principal(member))).exchange();
	}

	private MvcTestResult reply(String slug, Member member, UUID parent, String body) {
		return mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", body)
			.param("parent", parent.toString())
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult report(String slug, UUID id, Member member, String reason) {
		return post("/articles/" + slug + "/comments/" + id + "/reports", member, "reason", reason);
	}

	private MvcTestResult moderate(String path, Member moderator, String reason) {
		return post(path, moderator, "reason", reason);
	}

	private MvcTestResult post(String path, Member member, String name, String value) {
		return mvc.post()
			.uri(path)
			.param(name, value)
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
	}

	private Document page(String slugOrPath, Member viewer) {
		var path = slugOrPath.startsWith("/") ? slugOrPath : "/articles/" + slugOrPath;
		var request = mvc.get().uri(path);
		return html(viewer == null ? request.exchange() : request.with(user(TestMembers.principal(viewer))).exchange());
	}

	private static Document html(MvcTestResult result) {
		return Pages.html(result);
	}

}
