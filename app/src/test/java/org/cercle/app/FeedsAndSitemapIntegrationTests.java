package org.cercle.app;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.testsupport.Pages;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FeedsAndSitemapIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void siteFeedIsValidAtomWithAbsoluteLinks() throws Exception {
		var result = mvc.get().uri("/feed.atom").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		var feed = atom(Pages.body(result));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("Cercle — articles et événements");
		assertThat(feed.getOtherLinks()).anySatisfy(link -> {
			assertThat(link.getRel()).isEqualTo("self");
			assertThat(link.getHref()).isEqualTo("http://localhost/feed.atom");
		});
		assertThat(feed.getEntries()).hasSize(20);
		assertThat(feed.getEntries()).anySatisfy(entry -> assertThat(entry.getTitle()).startsWith("Événement : "));
		var newest = feed.getEntries()
			.stream()
			.filter(entry -> entry.getTitle().equals("La communauté au cœur de l'organisation 2.0"))
			.findFirst()
			.orElseThrow();
		assertThat(newest.getAlternateLinks().get(0).getHref())
			.isEqualTo("http://localhost/articles/la-communaute-au-coeur-de-l-organisation-2-0");
		assertThat(newest.getId()).startsWith("urn:uuid:");
		assertThat(newest.getAuthors().get(0).getName()).isEqualTo("Claude Marchand");
		assertThat(newest.getAuthors().get(0).getUri()).isEqualTo("http://localhost/members/claude");
		assertThat(newest.getContents().get(0).getValue()).contains("<h2>Le cercle, une figure ancienne</h2>");
		assertThat(newest.getUpdated()).isNotNull();
	}

	@Test
	void tagFeedHoldsOnlyThatTagsArticles() throws Exception {
		var feed = atom(Pages.body(mvc.get().uri("/tags/smart-city/feed.atom").exchange()));
		assertThat(feed.getEntries()).extracting(entry -> entry.getTitle())
			.containsExactly("Smart city : la communauté urbaine 2.0, intelligente !");
		assertThat(feed.getAlternateLinks().get(0).getHref()).isEqualTo("http://localhost/tags/smart-city");
	}

	@Test
	void unknownTagFeedIsNotFound() {
		assertThat(mvc.get().uri("/tags/inconnu/feed.atom").exchange()).hasStatus(404);
	}

	@Test
	void sitemapListsPagesArticlesAndTags() throws Exception {
		var result = mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/xml");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(Pages.body(result))));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		var locations = xml.getElementsByTagNameNS("*", "loc");
		var urls = new java.util.ArrayList<String>();
		for (int i = 0; i < locations.getLength(); i++) {
			urls.add(locations.item(i).getTextContent());
		}
		assertThat(urls).contains("http://localhost/", "http://localhost/articles",
				"http://localhost/articles/la-communaute-au-coeur-de-l-organisation-2-0",
				"http://localhost/tags/smart-city", "http://localhost/events",
				"http://localhost/events/le-social-crm-au-service-de-la-relation-client");
		assertThat(urls).hasSizeGreaterThan(41);
	}

	@Test
	void robotsPointToTheSitemapAndKeepCrawlersOutOfPrivatePages() {
		var result = mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/plain");
		assertThat(Pages.body(result)).contains("Sitemap: http://localhost/sitemap.xml", "Disallow: /manage/");
	}

	private static Feed atom(String xml) throws Exception {
		var input = new WireFeedInput();
		return (Feed) input.build(new StringReader(xml));
	}

}
