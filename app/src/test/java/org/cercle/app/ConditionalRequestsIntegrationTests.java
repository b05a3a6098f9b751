package org.cercle.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Anonymous pages and feeds carry validators and answer 304 until something changes;
 * members' pages are never stored.
 */
@IntegrationTest
class ConditionalRequestsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Test
	void anAnonymousPageAnswers304UntilItChanges() {
		var path = "/articles/" + articles.published(members.create("auteur-etag", Role.AUTHOR).id());
		var first = mvc.get().uri(path).exchange();
		assertThat(first).hasStatusOk();
		var etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");

		var again = mvc.get().uri(path).header("If-None-Match", etag).exchange();
		assertThat(again).hasStatus(304);
		assertThat(Pages.body(again)).isEmpty();

		assertThat(mvc.post()
			.uri(path + "/comments")
			.param("body", "Un nouveau commentaire.")
			.with(user(TestMembers.principal(members.create("commentatrice", Role.AUTHOR))))
			.with(csrf())
			.exchange()).hasStatus(302);
		var changed = mvc.get().uri(path).header("If-None-Match", etag).exchange();
		assertThat(changed).hasStatusOk();
		assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void feedsAndCalendarsCarryValidatorsToo() {
		for (var path : new String[] { "/feed.atom", "/events.ics", "/sitemap.xml" }) {
			var first = mvc.get().uri(path).exchange();
			var etag = first.getResponse().getHeader("ETag");
			assertThat(etag).as(path).isNotBlank();
			assertThat(mvc.get().uri(path).header("If-None-Match", etag).exchange()).as(path).hasStatus(304);
		}
	}

	@Test
	void aSignedInMembersPagesAreNeverStored() {
		var member = members.create("lectrice-connectee");
		var page = mvc.get().uri("/articles").with(user(TestMembers.principal(member))).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() {
		var home = Pages.html(mvc.get().uri("/").exchange());
		var css = home.select("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/cercle-[0-9a-f]{32}\\.css");
		var asset = mvc.get().uri(css).exchange();
		assertThat(asset).hasStatusOk();
		assertThat(asset.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
	}

}
