package org.cercle.app.federation;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social web's read side: WebFinger and NodeInfo find the site and its authors, actor
 * documents carry an RSA 2048 public key, an article's and an event's addresses answer
 * ActivityStreams to who asks for it and HTML to everyone else.
 */
@IntegrationTest
class FederationReadIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String AS = "application/activity+json";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Test
	void webFingerFindsTheSiteAndAuthorsWithArticlesOnly() {
		var site = mvc.get().uri("/.well-known/webfinger?resource=acct:cercle@localhost").exchange();
		assertThat(site).hasStatusOk().hasContentType("application/jrd+json");
		var links = json(site).get("links");
		assertThat(links.get(0).get("rel").asString()).isEqualTo("self");
		assertThat(links.get(0).get("type").asString()).isEqualTo(AS);
		assertThat(links.get(0).get("href").asString()).isEqualTo("http://localhost/ap/site");

		var author = members.create("ap-auteur", Role.AUTHOR);
		articles.published(author.id());
		var found = json(
				mvc.get().uri("/.well-known/webfinger?resource=acct:" + author.handle() + "@localhost").exchange());
		assertThat(found.get("links").get(0).get("href").asString())
			.isEqualTo("http://localhost/ap/members/" + author.handle());

		var reader = members.create("ap-lecteur");
		assertThat(mvc.get().uri("/.well-known/webfinger?resource=acct:" + reader.handle() + "@localhost").exchange())
			.as("no article, nothing to follow")
			.hasStatus(404);
		assertThat(mvc.get().uri("/.well-known/webfinger?resource=acct:cercle@ailleurs.example").exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/.well-known/webfinger").exchange()).hasStatus(400);
	}

	@Test
	void nodeInfoDescribesTheSite() {
		var links = json(mvc.get().uri("/.well-known/nodeinfo").exchange());
		assertThat(links.get("links").get(0).get("href").asString()).isEqualTo("http://localhost/nodeinfo/2.1");
		var info = json(mvc.get().uri("/nodeinfo/2.1").exchange());
		assertThat(info.get("version").asString()).isEqualTo("2.1");
		assertThat(info.get("software").get("name").asString()).isEqualTo("cercle");
		assertThat(info.get("protocols").get(0).asString()).isEqualTo("activitypub");
		assertThat(info.get("usage").get("localPosts").asLong()).isPositive();
	}

	@Test
	void actorsPublishAnRsaKeyThatStaysTheSame() throws Exception {
		var site = json(mvc.get().uri("/ap/site").exchange());
		assertThat(site.get("type").asString()).isEqualTo("Service");
		assertThat(site.get("preferredUsername").asString()).isEqualTo("cercle");
		assertThat(site.get("inbox").asString()).isEqualTo("http://localhost/ap/site/inbox");
		var pem = site.get("publicKey").get("publicKeyPem").asString();
		assertThat(site.get("publicKey").get("owner").asString()).isEqualTo("http://localhost/ap/site");
		var der = Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
		var key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
		assertThat(key.getModulus().bitLength()).isEqualTo(2048);
		assertThat(json(mvc.get().uri("/ap/site").exchange()).get("publicKey").get("publicKeyPem").asString())
			.isEqualTo(pem);

		var outbox = json(mvc.get().uri("/ap/site/outbox?page=true").exchange());
		var first = outbox.get("orderedItems").get(0);
		assertThat(first.get("type").asString()).isEqualTo("Create");
		assertThat(first.get("object").get("type").asString()).isEqualTo("Article");
		assertThat(json(mvc.get().uri("/ap/site/followers").exchange()).get("totalItems").asInt()).isZero();
		assertThat(mvc.get().uri("/ap/members/personne-inconnue").exchange()).hasStatus(404)
			.hasContentType("application/problem+json");
	}

	@Test
	void anArticlesAddressAnswersItsObjectToTheSocialWebAndItsPageToBrowsers() {
		var path = "/articles/la-communaute-au-coeur-de-l-organisation-2-0";
		var page = mvc.get().uri(path).exchange();
		assertThat(page).hasStatusOk().hasContentType("text/html;charset=UTF-8");
		var object = mvc.get().uri(path).header(HttpHeaders.ACCEPT, AS).exchange();
		assertThat(object).hasStatusOk().hasContentType(AS);
		assertThat(object.getResponse().getHeaders(HttpHeaders.VARY)).contains("Accept");
		var article = json(object);
		assertThat(article.get("type").asString()).isEqualTo("Article");
		assertThat(article.get("id").asString()).isEqualTo("http://localhost" + path);
		assertThat(article.get("name").asString()).isEqualTo("La communauté au cœur de l'organisation 2.0");
		assertThat(article.get("attributedTo").asString()).startsWith("http://localhost/ap/");
		assertThat(article.get("content").asString()).contains("<p>");
		var hashtags = new ArrayList<String>();
		article.get("tag").forEach(tag -> hashtags.add(tag.get("type").asString() + " " + tag.get("name").asString()));
		assertThat(hashtags).allMatch(tag -> tag.startsWith("Hashtag #"));
		assertThat(article.get("to").get(0).asString()).isEqualTo("https://www.w3.org/ns/activitystreams#Public");

		var ldJson = mvc.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT, "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"")
			.exchange();
		assertThat(ldJson).hasContentType(AS);
		assertThat(mvc.get().uri(path).exchange()).as("the page cache still gives browsers the page")
			.hasContentType("text/html;charset=UTF-8");

		var draft = articles.draft(members.create("ap-brouillon", Role.AUTHOR).id());
		assertThat(mvc.get().uri("/articles/" + draft).header(HttpHeaders.ACCEPT, AS).exchange()).hasStatus(404);
	}

	@Test
	void anEventsAddressAnswersAnEventWithItsPlace() {
		var event = json(mvc.get()
			.uri("/events/le-social-crm-au-service-de-la-relation-client")
			.header(HttpHeaders.ACCEPT, AS)
			.exchange());
		assertThat(event.get("type").asString()).isEqualTo("Event");
		assertThat(event.has("startTime")).isTrue();
		assertThat(event.has("endTime")).isTrue();
		assertThat(event.get("location").get("type").asString()).isEqualTo("Place");
		assertThat(event.get("joinMode").asString()).isEqualTo("external");
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
