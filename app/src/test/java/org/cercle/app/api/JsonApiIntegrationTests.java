package org.cercle.app.api;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.events.TestEvents;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The read-only JSON API: what the pages show anyone, page after page by keyset, with
 * ETags, readable from other sites, described by OpenAPI, refusals as French problems.
 */
@IntegrationTest
class JsonApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestArticles articles;

	@Autowired
	TestEvents events;

	@Autowired
	TestMembers members;

	@Test
	void articlesComePageAfterPageNewestFirstWithoutDraftsOrRepeats() {
		var author = members.create("api-plume", Role.AUTHOR);
		var draft = articles.draft(author.id());
		var slugs = new ArrayList<String>();
		var next = "/api/v1/articles";
		for (int page = 0; page < 3 && next != null; page++) {
			var body = json(mvc.get().uri(java.net.URI.create(next)).exchange());
			body.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
			next = body.get("next").isNull() ? null : body.get("next").asString().replaceFirst("^https?://[^/]+", "");
		}
		assertThat(slugs).hasSize(30).doesNotHaveDuplicates().doesNotContain(draft);
		var first = json(mvc.get().uri("/api/v1/articles").exchange()).get("items").get(0);
		assertThat(first.get("url").asString()).endsWith("/articles/" + first.get("slug").asString());
		assertThat(first.has("publishedAt")).isTrue();

		var refused = mvc.get().uri("/api/v1/articles/" + draft).header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange();
		assertThat(refused).hasStatus(404).hasContentType("application/problem+json");
		assertThat(json(refused).get("detail").asString()).isEqualTo("Cet article n'existe pas ou n'est plus publié.");
	}

	@Test
	void anArticleCarriesItsSanitisedContentAndTags() {
		var article = json(mvc.get().uri("/api/v1/articles/la-communaute-au-coeur-de-l-organisation-2-0").exchange());
		assertThat(article.get("title").asString()).isEqualTo("La communauté au cœur de l'organisation 2.0");
		assertThat(article.get("contentHtml").asString()).contains("<p>").doesNotContain("<script");
		assertThat(article.get("tags").get(0).get("url").asString()).contains("/tags/");
		var tagged = json(mvc.get().uri("/api/v1/articles?tag=communautes").exchange());
		tagged.get("items").forEach(item -> assertThat(names(item.get("tags"), "slug")).contains("communautes"));
		assertThat(mvc.get().uri("/api/v1/articles?tag=theme-inconnu").exchange()).hasStatus(404)
			.hasContentType("application/problem+json");
		var tags = json(mvc.get().uri("/api/v1/tags").exchange());
		assertThat(names(tags.get("items"), "slug")).contains("communautes").isSorted();
	}

	@Test
	void eventsToComeAndPublicCirclesOnly() {
		var shown = events.published("Matinée de l'API", LocalDateTime.now().plusYears(4).withHour(8), 30);
		var hidden = events.draft("Brouillon de l'API", LocalDateTime.now().plusYears(4).withHour(9));
		var slugs = new ArrayList<String>();
		var next = "/api/v1/events";
		while (next != null) {
			var body = json(mvc.get().uri(java.net.URI.create(next)).exchange());
			body.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
			next = body.get("next").isNull() ? null : body.get("next").asString().replaceFirst("^https?://[^/]+", "");
		}
		assertThat(slugs).contains(shown.slug()).doesNotContain(hidden.slug()).doesNotHaveDuplicates();
		var event = json(mvc.get().uri("/api/v1/events/" + shown.slug()).exchange());
		assertThat(event.get("capacity").asInt()).isEqualTo(30);
		assertThat(event.get("calendarUrl").asString()).endsWith("/events/" + shown.slug() + ".ics");
		assertThat(mvc.get().uri("/api/v1/events/" + hidden.slug()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/events?apres=pas-un-curseur").exchange()).hasStatus(400)
			.hasContentType("application/problem+json");

		var circles = names(json(mvc.get()
			.uri("/api/v1/circles")
			.with(user(TestMembers.principal(members.create("api-lecteur"))))
			.exchange()).get("items"), "slug");
		assertThat(circles).contains("futur-du-travail").doesNotContain("organisation-des-matinees-e2-0").isSorted();
	}

	@Test
	void answersCarryETagsAndAreReadableFromOtherSitesButNeverWritable() {
		var first = mvc.get().uri("/api/v1/circles").exchange();
		var etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(mvc.get().uri("/api/v1/circles").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);

		var cross = mvc.get().uri("/api/v1/circles").header(HttpHeaders.ORIGIN, "https://ailleurs.example").exchange();
		assertThat(cross.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
		var preflight = mvc.options()
			.uri("/api/v1/articles")
			.header(HttpHeaders.ORIGIN, "https://ailleurs.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange();
		assertThat(preflight).hasStatusOk();
		assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET");
		assertThat(mvc.options()
			.uri("/api/v1/articles")
			.header(HttpHeaders.ORIGIN, "https://ailleurs.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()).hasStatus(403);
		assertThat(mvc.get()
			.uri("/account")
			.header(HttpHeaders.ORIGIN, "https://ailleurs.example")
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).as("pages are not shared with other sites").isNull();
	}

	@Test
	void theOpenApiDescriptionListsTheApiAndNothingElse() {
		var description = json(mvc.get().uri("/v3/api-docs").exchange());
		var paths = new ArrayList<String>();
		description.get("paths").propertyNames().forEach(paths::add);
		assertThat(paths)
			.contains("/api/v1/articles", "/api/v1/articles/{slug}", "/api/v1/tags", "/api/v1/events",
					"/api/v1/events/{slug}", "/api/v1/circles")
			.allMatch(path -> path.startsWith("/api/v1/"));
	}

	private static List<String> names(JsonNode items, String field) {
		var names = new ArrayList<String>();
		items.forEach(item -> names.add(item.get(field).asString()));
		return names;
	}

	private static JsonNode json(MvcTestResult result) {
		try {
			return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
