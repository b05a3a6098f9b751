package org.cercle.app;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route the application maps, for every kind of visitor, answers as the rules below
 * say. A route added without a rule here fails {@link #everyMappedRouteHasARule()}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in member; anonymous visitors are sent to sign in. */
		MEMBER,
		/** Authors and admins. */
		AUTHOR,
		/** Organisers and admins. */
		ORGANISER,
		/** Moderators and admins. */
		MODERATOR,
		/** Admins only. */
		ADMIN,
		/** Any author, organiser, moderator or admin. */
		STAFF,
		/**
		 * Another server, proved by its HTTP signature whoever is signed in: an unsigned
		 * request is refused with 401, never sent to sign in.
		 */
		SIGNED_BY_SERVER

	}

	enum Visitor {

		ANONYMOUS, MEMBER, AUTHOR, ORGANISER, MODERATOR, ADMIN

	}

	static final Map<String, Access> RULES = Map.ofEntries(entry("GET /", Access.PUBLIC),
			entry("GET /articles", Access.PUBLIC), entry("GET /articles/{slug}", Access.PUBLIC),
			entry("GET /tags/{slug}", Access.PUBLIC), entry("GET /tags/{slug}/feed.atom", Access.PUBLIC),
			entry("GET /feed.atom", Access.PUBLIC), entry("GET /sitemap.xml", Access.PUBLIC),
			entry("GET /robots.txt", Access.PUBLIC), entry("GET /members/{handle}", Access.PUBLIC),
			entry("GET /members", Access.PUBLIC),
			// the JSON API reads what anyone may read, for everyone alike
			entry("GET /api/v1/articles", Access.PUBLIC), entry("GET /api/v1/articles/{slug}", Access.PUBLIC),
			entry("GET /api/v1/tags", Access.PUBLIC), entry("GET /api/v1/events", Access.PUBLIC),
			entry("GET /api/v1/events/{slug}", Access.PUBLIC), entry("GET /api/v1/circles", Access.PUBLIC),
			// the social web's read side, public as the pages it describes
			entry("GET /.well-known/webfinger", Access.PUBLIC), entry("GET /.well-known/nodeinfo", Access.PUBLIC),
			entry("GET /nodeinfo/2.1", Access.PUBLIC), entry("GET /ap/site", Access.PUBLIC),
			entry("GET /ap/site/outbox", Access.PUBLIC), entry("GET /ap/site/followers", Access.PUBLIC),
			entry("GET /ap/members/{handle}", Access.PUBLIC), entry("GET /ap/members/{handle}/outbox", Access.PUBLIC),
			entry("GET /ap/members/{handle}/followers", Access.PUBLIC),
			entry("GET /ap/objects/articles/{slug}", Access.PUBLIC),
			entry("GET /ap/objects/events/{slug}", Access.PUBLIC), entry("GET /avatars/{id}/{size}", Access.PUBLIC),
			entry("POST /account/avatar", Access.MEMBER), entry("POST /account/avatar/remove", Access.MEMBER),
			entry("GET /images/{id}/{width}", Access.PUBLIC), entry("GET /manage/images", Access.AUTHOR),
			entry("POST /manage/images", Access.AUTHOR), entry("POST /manage/images/{id}/delete", Access.AUTHOR),
			entry("POST /circles/{slug}/discussions/{id}/hiding", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/replies/{reply}/hiding", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/restoring", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/replies/{reply}/restoring", Access.MEMBER),
			entry("GET /login", Access.PUBLIC), entry("GET /register", Access.PUBLIC),
			entry("POST /register", Access.PUBLIC), entry("GET /account", Access.MEMBER),
			entry("POST /account/profile", Access.MEMBER), entry("POST /account/password", Access.MEMBER),
			entry("GET /account/export", Access.MEMBER), entry("POST /account/delete", Access.MEMBER),
			entry("GET /manage", Access.STAFF), entry("GET /account/circles", Access.MEMBER),
			entry("GET /manage/members", Access.ADMIN), entry("POST /manage/members/{handle}/roles", Access.ADMIN),
			entry("POST /manage/members/{handle}/suspension", Access.ADMIN),
			entry("POST /manage/members/{handle}/reactivation", Access.ADMIN), entry("GET /manage/audit", Access.ADMIN),
			entry("GET /search", Access.PUBLIC), entry("GET /events", Access.PUBLIC),
			entry("GET /events/past", Access.PUBLIC), entry("GET /events/{slug}", Access.PUBLIC),
			entry("GET /events/{slug}.ics", Access.PUBLIC), entry("GET /events.ics", Access.PUBLIC),
			entry("GET /calendar/{token}.ics", Access.PUBLIC), entry("POST /events/{slug}/registration", Access.MEMBER),
			entry("POST /events/{slug}/registration/cancellation", Access.MEMBER),
			entry("GET /account/registrations", Access.MEMBER),
			entry("POST /account/registrations/calendar-token", Access.MEMBER),
			entry("GET /manage/events", Access.ORGANISER), entry("GET /manage/events/new", Access.ORGANISER),
			entry("POST /manage/events", Access.ORGANISER), entry("GET /manage/events/{slug}", Access.ORGANISER),
			entry("POST /manage/events/{slug}", Access.ORGANISER),
			entry("POST /manage/events/{slug}/publication", Access.ORGANISER),
			entry("POST /manage/events/{slug}/cancellation", Access.ORGANISER),
			entry("GET /manage/events/{slug}/registrations", Access.ORGANISER),
			entry("GET /manage/events/{slug}/registrations.csv", Access.ORGANISER),
			entry("GET /circles", Access.PUBLIC), entry("GET /circles/{slug}", Access.PUBLIC),
			entry("POST /circles/{slug}/membership", Access.MEMBER),
			entry("POST /circles/{slug}/membership/cancellation", Access.MEMBER),
			entry("POST /circles/{slug}/requests/{handle}/approval", Access.MODERATOR),
			entry("POST /circles/{slug}/requests/{handle}/refusal", Access.MODERATOR),
			entry("GET /manage/circles", Access.MODERATOR), entry("POST /manage/circles", Access.MODERATOR),
			entry("GET /manage/circles/{slug}", Access.MODERATOR),
			entry("POST /manage/circles/{slug}", Access.MODERATOR),
			entry("POST /manage/circles/{slug}/archive", Access.MODERATOR),
			entry("POST /manage/circles/{slug}/restoration", Access.MODERATOR),
			entry("POST /circles/{slug}/members/{handle}/removal", Access.MODERATOR),
			entry("POST /circles/{slug}/members/{handle}/role", Access.MODERATOR),
			entry("GET /circles/{slug}/feed.atom", Access.PUBLIC),
			// the visitors are not members of the circle: only moderators and admins may
			// write there
			entry("GET /circles/{slug}/discussions/new", Access.MODERATOR),
			entry("POST /circles/{slug}/discussions", Access.MODERATOR),
			entry("POST /circles/{slug}/discussions/{id}/replies", Access.MODERATOR),
			entry("GET /circles/{slug}/discussions/{id}", Access.PUBLIC),
			entry("GET /circles/{slug}/discussions/{id}/edit", Access.MEMBER),
			entry("GET /circles/{slug}/discussions/{id}/replies/{reply}/edit", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/replies/{reply}", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/deletion", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/replies/{reply}/deletion", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/approval", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/replies/{reply}/approval", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/reports", Access.MEMBER),
			entry("POST /circles/{slug}/discussions/{id}/replies/{reply}/reports", Access.MEMBER),
			entry("GET /manage/articles", Access.AUTHOR), entry("GET /manage/articles/new", Access.AUTHOR),
			entry("POST /manage/articles", Access.AUTHOR), entry("POST /articles/{slug}/comments", Access.MEMBER),
			entry("GET /articles/{slug}/comments/{id}/edit", Access.MEMBER),
			entry("POST /articles/{slug}/comments/{id}", Access.MEMBER),
			entry("POST /articles/{slug}/comments/{id}/deletion", Access.MEMBER),
			entry("POST /articles/{slug}/comments/{id}/reports", Access.MEMBER),
			entry("POST /articles/{slug}/comments/closure", Access.ADMIN),
			entry("POST /articles/{slug}/comments/reopening", Access.ADMIN),
			entry("GET /manage/moderation", Access.MODERATOR), entry("GET /manage/spam", Access.MODERATOR),
			entry("POST /manage/spam/domains", Access.MODERATOR),
			entry("POST /manage/spam/members/{handle}", Access.MODERATOR),
			entry("POST /manage/spam/domains/{domain}/deletion", Access.MODERATOR),
			entry("POST /manage/moderation/comments/approvals", Access.MODERATOR),
			entry("GET /manage/import", Access.ADMIN), entry("POST /manage/import", Access.ADMIN),
			entry("GET /manage/import/{id}", Access.ADMIN), entry("GET /series/{slug}", Access.PUBLIC),
			entry("GET /manage/events/{slug}/check-in", Access.ORGANISER),
			entry("GET /manage/events/{slug}/check-in/{code}", Access.ORGANISER),
			entry("POST /manage/events/{slug}/check-in/{code}", Access.ORGANISER),
			entry("GET /account/registrations/{slug}/check-in.png", Access.MEMBER),
			entry("GET /manage/events/{slug}/materials", Access.ORGANISER),
			entry("POST /manage/events/{slug}/materials/files", Access.ORGANISER),
			entry("POST /manage/events/{slug}/materials/links", Access.ORGANISER),
			entry("POST /manage/events/{slug}/materials/{id}/deletion", Access.ORGANISER),
			entry("POST /manage/events/{slug}/write-up", Access.ORGANISER),
			entry("GET /manage/events/{slug}/message", Access.ORGANISER),
			entry("POST /manage/events/{slug}/message", Access.ORGANISER),
			entry("POST /manage/events/{slug}/write-up/deletion", Access.ORGANISER),
			entry("GET /events/{slug}/materials/{id}", Access.PUBLIC), entry("GET /series/{slug}.ics", Access.PUBLIC),
			entry("GET /series/{slug}/feed.atom", Access.PUBLIC),
			entry("GET /manage/import/{id}/report.txt", Access.ADMIN), entry("GET /images/{id}", Access.PUBLIC),
			entry("POST /manage/moderation/comments/{id}/approval", Access.MODERATOR),
			entry("POST /manage/moderation/comments/{id}/hiding", Access.MODERATOR),
			entry("POST /manage/moderation/comments/{id}/restoration", Access.MODERATOR),
			entry("POST /manage/moderation/members/{handle}/stop", Access.MODERATOR),
			entry("POST /manage/moderation/members/{handle}/allow", Access.MODERATOR),
			entry("GET /manage/articles/{slug}", Access.ADMIN), entry("POST /manage/articles/{slug}", Access.ADMIN),
			entry("GET /password/forgotten", Access.PUBLIC), entry("POST /password/forgotten", Access.PUBLIC),
			entry("GET /password/reset", Access.PUBLIC), entry("POST /password/reset", Access.PUBLIC),
			entry("GET /verify", Access.PUBLIC), entry("POST /verify", Access.PUBLIC),
			entry("GET /email/confirm", Access.PUBLIC), entry("POST /email/confirm", Access.PUBLIC),
			entry("POST /account/verification", Access.MEMBER), entry("POST /account/email", Access.MEMBER),
			entry("GET /manage/mail", Access.ADMIN), entry("POST /manage/mail/{id}/retry", Access.ADMIN),
			// the in-process SMTP server's inbox, in embedded mode only (as these tests
			// run)
			entry("GET /dev/mail", Access.PUBLIC), entry("GET /dev/mail/{number}", Access.PUBLIC),
			entry("GET /notifications", Access.MEMBER), entry("GET /notifications/{id}", Access.MEMBER),
			entry("POST /notifications/read", Access.MEMBER), entry("GET /account/notifications", Access.MEMBER),
			entry("POST /account/notifications", Access.MEMBER), entry("POST /follows", Access.MEMBER),
			entry("POST /follows/removal", Access.MEMBER),
			// a signed link needs no sign-in (an unknown token answers 400)
			entry("GET /notifications/unsubscribe/{token}", Access.PUBLIC),
			entry("POST /notifications/unsubscribe/{token}", Access.PUBLIC), entry("GET /fediverse", Access.PUBLIC),
			entry("GET /fediverse/suivre", Access.PUBLIC), entry("GET /manage/federation", Access.MODERATOR),
			entry("POST /manage/federation/servers", Access.MODERATOR),
			entry("POST /manage/federation/accounts/blocking", Access.MODERATOR),
			entry("POST /manage/federation/accounts/unblocking", Access.MODERATOR),
			entry("POST /manage/federation/keys", Access.ADMIN), entry("POST /ap/inbox", Access.SIGNED_BY_SERVER),
			entry("POST /ap/site/inbox", Access.SIGNED_BY_SERVER),
			entry("POST /ap/members/{handle}/inbox", Access.SIGNED_BY_SERVER));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Visitor, Member> visitors = new java.util.EnumMap<>(Visitor.class);

	private Member target;

	@Test
	void everyMappedRouteHasARule() {
		var mapped = new TreeSet<String>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getName().startsWith("org.cercle")) {
				for (var method : info.getMethodsCondition().getMethods()) {
					info.getPatternValues().forEach(pattern -> mapped.add(method + " " + pattern));
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					info.getPatternValues().forEach(pattern -> mapped.add("ANY " + pattern));
				}
			}
		});
		assertThat(mapped).as("routes without an authorization rule in this test").isSubsetOf(RULES.keySet());
		assertThat(RULES.keySet()).as("rules for routes that no longer exist").isSubsetOf(mapped);
	}

	Stream<Arguments> routesAndVisitors() {
		return RULES.entrySet()
			.stream()
			.flatMap(rule -> Stream.of(Visitor.values()).map(visitor -> Arguments.of(rule.getKey(), visitor)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("routesAndVisitors")
	void answersEachVisitorAsTheRuleSays(String route, Visitor visitor) {
		var method = HttpMethod.valueOf(route.substring(0, route.indexOf(' ')));
		var path = concrete(route.substring(route.indexOf(' ') + 1));
		var request = mvc.method(method).uri(path).with(csrf());
		if (visitor != Visitor.ANONYMOUS) {
			request = request.with(user(TestMembers.principal(visitor(visitor))));
		}
		var response = request.exchange().getResponse();
		var status = response.getStatus();
		var toSignIn = status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
		switch (expected(RULES.get(route), visitor)) {
			case "allowed" ->
				assertThat(status).as("status of " + route + " for " + visitor).isNotIn(401, 403).isLessThan(500);
			case "sign-in" -> assertThat(toSignIn).as("redirected to /login, status " + status).isTrue();
			case "signature" -> assertThat(status).as("status of unsigned " + route + " for " + visitor).isEqualTo(401);
			default -> assertThat(status).isEqualTo(403);
		}
		if (expected(RULES.get(route), visitor).equals("allowed")) {
			assertThat(toSignIn).as("not sent to sign in").isFalse();
		}
	}

	private static String expected(Access access, Visitor visitor) {
		return switch (access) {
			case PUBLIC -> "allowed";
			case SIGNED_BY_SERVER -> "signature";
			case MEMBER -> visitor == Visitor.ANONYMOUS ? "sign-in" : "allowed";
			case AUTHOR -> visitor == Visitor.ANONYMOUS ? "sign-in"
					: visitor == Visitor.ADMIN || visitor == Visitor.AUTHOR ? "allowed" : "forbidden";
			case ORGANISER -> visitor == Visitor.ANONYMOUS ? "sign-in"
					: visitor == Visitor.ADMIN || visitor == Visitor.ORGANISER ? "allowed" : "forbidden";
			case MODERATOR -> visitor == Visitor.ANONYMOUS ? "sign-in"
					: visitor == Visitor.ADMIN || visitor == Visitor.MODERATOR ? "allowed" : "forbidden";
			case ADMIN -> visitor == Visitor.ANONYMOUS ? "sign-in" : visitor == Visitor.ADMIN ? "allowed" : "forbidden";
			case STAFF ->
				visitor == Visitor.ANONYMOUS ? "sign-in" : visitor == Visitor.MEMBER ? "forbidden" : "allowed";
		};
	}

	private Member visitor(Visitor visitor) {
		return visitors.computeIfAbsent(visitor, kind -> switch (kind) {
			case AUTHOR -> members.create("matrix-author", Role.AUTHOR);
			case ORGANISER -> members.create("matrix-organiser", Role.ORGANISER);
			case MODERATOR -> members.create("matrix-moderator", Role.MODERATOR);
			case ADMIN -> members.create("matrix-admin", Role.ADMIN);
			default -> members.create("matrix-member");
		});
	}

	private String concrete(String pattern) {
		if (target == null) {
			target = members.create("matrix-target");
		}
		return pattern
			.replace("{slug}", pattern.startsWith("/tags") ? "communautes"
					: pattern.startsWith("/events") || pattern.startsWith("/manage/events")
							? "smart-city-la-ville-comme-communaute"
							: pattern.startsWith("/manage/circles/") ? "cercle-inconnu"
									// visitors join the public circle through its rule;
									// in the private one they stay pending
									: pattern.startsWith("/circles/{slug}/discussions") && !pattern.endsWith("{id}")
											? "organisation-des-matinees-e2-0"
											: pattern.startsWith("/circles") ? "futur-du-travail"
													: pattern.contains("/comments")
															? "2013-bonne-annee-a-consommer-sans-moderation-ou-presque"
															: "la-communaute-au-coeur-de-l-organisation-2-0")
			.replace("{token}", "jeton-inconnu")
			.replace("{code}", "CODEINCONNU")
			.replace("{domain}", "pas-bloque.example")
			.replace("{number}", "999999")
			.replace("{size}", "small")
			.replace("{width}", "480")
			.replace("{id}", "00000000-0000-0000-0000-000000000000")
			.replace("{reply}", "00000000-0000-0000-0000-000000000000")
			.replace("{handle}", target.handle());
	}

}
