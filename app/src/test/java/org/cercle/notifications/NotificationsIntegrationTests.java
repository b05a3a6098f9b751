package org.cercle.notifications;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import biweekly.Biweekly;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.MemberId;
import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.events.event.EventManagement;
import org.cercle.events.registration.Seats;
import org.cercle.feed.article.TestArticles;
import org.cercle.feed.comment.Comment;
import org.cercle.feed.comment.Commenting;
import org.cercle.notifications.inbox.Channel;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Preferences;
import org.cercle.notifications.mail.NotificationMailer;
import org.cercle.notifications.mail.Unsubscribes;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;
import org.cercle.testsupport.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who is told what, in the site and by e-mail: never the member who acted, never one who
 * turned that kind off; replies coalesced in one threaded e-mail; a seat freed on the
 * waitlist told once with an invitation calendars accept, a cancellation with its CANCEL;
 * one-click unsubscribe.
 */
@IntegrationTest
class NotificationsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	TestEvents events;

	@Autowired
	Commenting commenting;

	@Autowired
	Seats seats;

	@Autowired
	EventManagement management;

	@Autowired
	Preferences preferences;

	@Autowired
	NotificationMailer mailer;

	@Autowired
	Unsubscribes unsubscribes;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void repliesToMyCommentReachMeOnceCoalescedInOneThreadedEmailAndNeverTheReplier() throws Exception {
		var author = members.create("autrice-notif", Role.AUTHOR);
		var commenter = members.create("commentatrice");
		var replier = members.create("repondant");
		var slug = articles.published(author.id());
		var comment = commenting.post(slug, commenter.id(), null, "Un premier avis.", true);
		commenting.post(slug, replier.id(), comment.id(), "Je ne suis pas d'accord.", true);
		commenting.post(slug, replier.id(), comment.id(), "Et j'ajoute ceci.", true);

		await().atMost(Duration.ofSeconds(10)).until(() -> count(commenter, Kind.COMMENT_REPLY) == 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(author, Kind.ARTICLE_COMMENT) == 3);
		assertThat(total(replier)).as("never the one who acted").isZero();

		Thread.sleep(1100);
		mailer.sendDue();
		var letters = mailbox.await(commenter.email(), 1);
		Thread.sleep(200);
		assertThat(mailbox.to(commenter.email())).as("two replies, one e-mail").hasSize(1);
		var letter = letters.get(0);
		assertThat(TestMailbox.subject(letter)).startsWith("2 nouvelles notifications");
		assertThat(TestMailbox.text(letter)).contains("a répondu à votre commentaire").contains("#commentaire-");
		assertThat(letter.getHeader("In-Reply-To")[0]).startsWith("<article-");
		assertThat(letter.getHeader("References")[0]).isEqualTo(letter.getHeader("In-Reply-To")[0]);
		assertThat(letter.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(letter.getHeader("List-Unsubscribe")[0]).matches("<https?://[^>]+/notifications/unsubscribe/[^>]+>");
	}

	@Test
	void aMentionReachesTheMemberNamedAndUnknownHandlesNoOne() {
		var author = members.create("auteur-mention", Role.AUTHOR);
		var named = members.create("mentionnee");
		var slug = articles.published(author.id());
		commenting.post(slug, members.create("bavard").id(), null,
				"Qu'en pense @" + named.handle() + " ? Et @personne-inconnue ?", true);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(named, Kind.MENTION) == 1);
		var page = Pages.html(mvc.get().uri("/articles/" + slug).exchange());
		assertThat(page.select(".comment-body a.mention").attr("href")).isEqualTo("/members/" + named.handle());
		assertThat(page.select(".comment-body").text()).contains("@personne-inconnue");
		assertThat(page.select(".comment-body a.mention")).hasSize(1);
	}

	@Test
	void aKindTurnedOffIsNotWritten() throws Exception {
		var author = members.create("auteur-silence", Role.AUTHOR);
		preferences.choose(new MemberId(author.id()), Kind.ARTICLE_COMMENT, Channel.OFF);
		var slug = articles.published(author.id());
		var commenter = members.create("lectrice-silence");
		commenting.post(slug, commenter.id(), null, "Bonjour.", true);
		var other = members.create("auteur-bavard", Role.AUTHOR);
		commenting.post(articles.published(other.id()), commenter.id(), null, "Bonjour aussi.", true);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(other, Kind.ARTICLE_COMMENT) == 1);
		assertThat(count(author, Kind.ARTICLE_COMMENT)).isZero();
	}

	@Test
	void aSeatFreedOnTheWaitlistIsToldOnceWithAnInvitationAndACancellationWithItsCancel() throws Exception {
		var event = events.published("Matinée d'une place " + UUID.randomUUID().toString().substring(0, 6),
				LocalDateTime.now().plusDays(20).withHour(8), 1);
		var first = members.create("premiere");
		var waiting = members.create("patiente");
		seats.register(event.slug(), new MemberId(first.id()));
		seats.register(event.slug(), new MemberId(waiting.id()));
		await().atMost(Duration.ofSeconds(10)).until(() -> count(waiting, Kind.REGISTRATION) == 1);
		seats.cancel(event.slug(), new MemberId(first.id()));
		await().atMost(Duration.ofSeconds(10)).until(() -> count(waiting, Kind.WAITLIST_PROMOTED) == 1);
		mailer.sendDue();
		var promotion = mailbox.awaitOne(waiting.email(), "place s'est libérée");
		Thread.sleep(200);
		assertThat(mailbox.to(waiting.email()).stream().filter(m -> TestMailbox.subject(m).contains("libérée")))
			.as("exactly one e-mail")
			.hasSize(1);
		assertThat(count(waiting, Kind.WAITLIST_PROMOTED)).as("exactly one in the site").isOne();
		assertThat(TestMailbox.text(promotion).replace('\u00A0', ' ')).as("the code to show at the door")
			.containsPattern("code d'entrée : [0-9A-F]{10}");
		var code = java.util.regex.Pattern.compile("code d'entrée : ([0-9A-F]{10})")
			.matcher(TestMailbox.text(promotion).replace('\u00A0', ' '))
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		assertThat(TestMailbox.html(promotion)).as("the QR code shown in the letter")
			.contains("src=\"cid:code-accueil@cercle\"");
		assertThat(org.cercle.testsupport.QrImages.decode(TestMailbox.inline(promotion, "code-accueil@cercle")))
			.as("the organiser's check-in address for this person")
			.endsWith("/manage/events/" + event.slug() + "/check-in/" + code);
		// kept beside the test reports, for a check with another parser (see the README)
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "invitation-request.ics"), calendar(promotion));
		var request = Biweekly.parse(new StringReader(calendar(promotion))).first();
		assertThat(request.getMethod().getValue()).isEqualTo("REQUEST");
		var uid = request.getEvents().get(0).getUid().getValue();
		var sequence = request.getEvents().get(0).getSequence().getValue();
		assertThat(uid).isEqualTo(event.id() + "@cercle");

		management.cancel(event.slug(), "Salle indisponible");
		await().atMost(Duration.ofSeconds(10)).until(() -> count(waiting, Kind.EVENT_CANCELLED) == 1);
		mailer.sendDue();
		var cancellation = mailbox.awaitOne(waiting.email(), "annulé");
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "invitation-cancel.ics"),
				calendar(cancellation));
		var cancel = Biweekly.parse(new StringReader(calendar(cancellation))).first();
		assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
		assertThat(cancel.getEvents().get(0).getUid().getValue()).isEqualTo(uid);
		assertThat(cancel.getEvents().get(0).getSequence().getValue()).isGreaterThan(sequence);
	}

	@Test
	void unsubscribingIsOneBarePostWithoutCookieOrTokenAndATamperedLinkIsRefused() {
		var member = members.create("desabonnee");
		var token = unsubscribes.token(new MemberId(member.id()), Kind.COMMENT_REPLY);
		var page = mvc.get().uri("/notifications/unsubscribe/" + token).exchange();
		assertThat(page).hasStatus(200);
		assertThat(Pages.html(page).select("main form button").text()).isEqualTo("Ne plus recevoir ces courriels");
		assertThat(preferences.channel(new MemberId(member.id()), Kind.COMMENT_REPLY)).isEqualTo(Channel.EMAIL);

		assertThat(mvc.post().uri("/notifications/unsubscribe/" + token).exchange()).hasStatus(200);
		assertThat(preferences.channel(new MemberId(member.id()), Kind.COMMENT_REPLY)).isEqualTo(Channel.SITE);
		assertThat(preferences.channel(new MemberId(member.id()), Kind.MENTION)).as("that kind only")
			.isEqualTo(Channel.EMAIL);

		var other = members.create("autre-abonnee");
		var forged = token.substring(0, token.indexOf('.'))
			.replace(
					java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(member.id().toString().getBytes()),
					java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(other.id().toString().getBytes()))
				+ token.substring(token.indexOf('.'));
		assertThat(mvc.post().uri("/notifications/unsubscribe/" + forged).exchange()).hasStatus(400);
		assertThat(mvc.post().uri("/notifications/unsubscribe/pas-un-jeton").exchange()).hasStatus(400);
	}

	@Test
	void theHeaderCountsUnreadAndOpeningANotificationLandsOnItsPlace() throws Exception {
		var author = members.create("autrice-centre", Role.AUTHOR);
		var slug = articles.published(author.id());
		var comment = commenting.post(slug, members.create("lecteur-centre").id(), null, "Très juste.", true);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(author, Kind.ARTICLE_COMMENT) == 1);

		var home = Pages.html(mvc.get().uri("/").with(user(TestMembers.principal(author))).exchange());
		assertThat(home.select(".nav-notifications .badge").text()).isEqualTo("1");
		var anonymous = Pages.html(mvc.get().uri("/").exchange());
		assertThat(anonymous.select(".nav-notifications")).isEmpty();

		var list = Pages.html(mvc.get().uri("/notifications").with(user(TestMembers.principal(author))).exchange());
		var link = list.select("ol.notifications li.unread a").first();
		assertThat(link.text()).contains("a commenté votre article");
		var opened = mvc.get().uri(link.attr("href")).with(user(TestMembers.principal(author))).exchange();
		assertThat(opened).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/articles/" + slug + "#commentaire-" + comment.id());
		assertThat(Pages.html(mvc.get().uri("/").with(user(TestMembers.principal(author))).exchange())
			.select(".nav-notifications .badge")).isEmpty();

		var stranger = members.create("curieuse");
		var notificationId = link.attr("href").substring("/notifications/".length());
		assertThat(mvc.get()
			.uri("/notifications/" + notificationId)
			.with(user(TestMembers.principal(stranger)))
			.exchange()).as("another member's notification").hasStatus(404);
	}

	@Test
	void followingATagBringsItsNewArticlesAndTheExportHoldsIt() throws Exception {
		var reader = members.create("suiveuse");
		assertThat(mvc.post()
			.uri("/follows")
			.param("type", "TAG")
			.param("target", "communautes")
			.param("back", "/tags/communautes")
			.with(csrf())
			.with(user(TestMembers.principal(reader)))
			.exchange()).hasStatus(302).hasRedirectedUrl("/tags/communautes");
		var page = Pages.html(mvc.get().uri("/tags/communautes").with(user(TestMembers.principal(reader))).exchange());
		assertThat(page.select("form.follow button").text()).startsWith("Ne plus suivre");
		var elsewhere = mvc.post()
			.uri("/follows")
			.param("type", "TAG")
			.param("target", "communautes")
			.param("back", "https://ailleurs.example/")
			.with(csrf())
			.with(user(TestMembers.principal(reader)))
			.exchange();
		assertThat(elsewhere).hasRedirectedUrl("/");
		var export = mvc.get().uri("/account/export").with(user(TestMembers.principal(reader))).exchange();
		assertThat(export.getResponse().getContentAsString()).contains("\"notifications\"").contains("communautes");
	}

	@Test
	void everyKindsPreferenceIsSavedPerMember() {
		var member = members.create("choisit-tout");
		var form = mvc.post().uri("/account/notifications").with(csrf()).with(user(TestMembers.principal(member)));
		var choices = new java.util.ArrayList<Channel>();
		for (var kind : Kind.values()) {
			if (kind == Kind.DIGEST) {
				continue;
			}
			var channel = Channel.values()[kind.ordinal() % Channel.values().length];
			choices.add(channel);
			form = form.param(kind.name(), channel.name());
		}
		assertThat(form.param("reminder", "H2").param("digest", "DAILY").exchange()).hasStatus(302);
		var saved = preferences.of(new MemberId(member.id()));
		int i = 0;
		for (var kind : Kind.values()) {
			if (kind != Kind.DIGEST) {
				assertThat(saved.get(kind)).as(kind.name()).isEqualTo(choices.get(i++));
			}
		}
		var other = members.create("garde-les-defauts");
		assertThat(preferences.of(new MemberId(other.id())).get(Kind.COMMENT_REPLY)).as("another member's own")
			.isEqualTo(Channel.EMAIL);
		var page = Pages
			.html(mvc.get().uri("/account/notifications").with(user(TestMembers.principal(member))).exchange());
		assertThat(page.select("input[name=FOLLOWED_ARTICLE][checked]").attr("value"))
			.isEqualTo(choices.get(Kind.FOLLOWED_ARTICLE.ordinal()).name());
		assertThat(page.select("#reminder option[selected]").attr("value")).isEqualTo("H2");
		assertThat(page.select("#digest option[selected]").attr("value")).isEqualTo("DAILY");
		assertThat(mvc.post()
			.uri("/account/notifications")
			.param("MENTION", "SOMETIMES")
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange()).hasStatus(400);
	}

	@Test
	void deletingAnAccountDeletesItsNotificationsPreferencesAndFollows() {
		var author = members.create("auteur-efface", Role.AUTHOR);
		var slug = articles.published(author.id());
		commenting.post(slug, members.create("lecteur-efface").id(), null, "Merci.", true);
		await().atMost(Duration.ofSeconds(10)).until(() -> count(author, Kind.ARTICLE_COMMENT) == 1);
		preferences.choose(new MemberId(author.id()), Kind.MENTION, Channel.OFF);
		assertThat(mvc.post()
			.uri("/account/delete")
			.param("password", TestMembers.PASSWORD)
			.with(csrf())
			.with(user(TestMembers.principal(author)))
			.exchange()).hasStatus(302);
		await().atMost(Duration.ofSeconds(10)).until(() -> total(author) == 0);
		assertThat(jdbc.sql("select count(*) from notifications_preference where member_id = :id")
			.param("id", author.id())
			.query(Long.class)
			.single()).isZero();
	}

	private long count(Member member, Kind kind) {
		return jdbc.sql("select count(*) from notifications_notification where member_id = :member and kind = :kind")
			.param("member", member.id())
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

	private long total(Member member) {
		return jdbc.sql("select count(*) from notifications_notification where member_id = :member")
			.param("member", member.id())
			.query(Long.class)
			.single();
	}

	private static String calendar(MimeMessage message) throws Exception {
		var multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.isMimeType("text/calendar")) {
				return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no text/calendar part");
	}

}
