package org.cercle.app.cache;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file names of published pages follow the rule nginx's configuration reads them by,
 * and nothing nginx could misread is published.
 */
class FrontAddressTests {

	@Test
	void aPageIsPublishedUnderItsLanguageSchemeHostPathAndQuery() {
		var request = request("/search");
		request.setQueryString("q=communaut%C3%A9&page=2");

		assertThat(FrontAddress.of(request, "text/html;charset=UTF-8"))
			.hasValue("fr/http/cercle.example:8080/search,q=communaut%C3%A9&page=2.html");
		assertThat(FrontAddress.of(request("/"), "text/html;charset=UTF-8"))
			.hasValue("fr/http/cercle.example:8080/.html");
		assertThat(FrontAddress.of(request("/feed.atom"), "application/atom+xml;charset=UTF-8"))
			.hasValue("fr/http/cercle.example:8080/feed.atom.atom");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/articles/../admin", "/articles/%2e%2e/x", "/articles/caf\u00e9", "//articles",
			"/.hidden", "/~tilde", "/a b" })
	void aPathNginxWouldDecodeOrNormaliseIsNeverPublished(String path) {
		assertThat(FrontAddress.of(request(path), "text/html")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil/../x", "a..b", "", "h\u00f4te.example", "cercle.example:99999999" })
	void aHostHeaderThatIsNotAPlainNameIsNeverPublished(String host) {
		var request = request("/");
		request.removeHeader("Host");
		request.addHeader("Host", host);
		assertThat(FrontAddress.of(request, "text/html")).isEmpty();
	}

	@Test
	void visitorsWithCookiesCredentialsOriginsOrAJsonAcceptAreNeverPublishedFor() {
		for (var header : List.of(Map.entry("Cookie", "cercle_lang=en"), Map.entry("Authorization", "Basic eDp5"),
				Map.entry("Origin", "https://ailleurs.example"), Map.entry("Accept", "application/activity+json"))) {
			var request = request("/articles");
			request.addHeader(header.getKey(), header.getValue());
			assertThat(FrontAddress.of(request, "text/html")).as(header.getKey()).isEmpty();
		}
		var post = request("/articles");
		post.setMethod("POST");
		assertThat(FrontAddress.of(post, "text/html")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", value = { "none|fr", "fr-CH,fr;q=0.9,en;q=0.8|fr",
			"en-US,en;q=0.9|en", "EN|en", "de-DE,de;q=0.9|none", "fr;q=0.5,en|none", "*|none", "' '|none" })
	void theLanguageIsTheBrowsersFirstChoiceWhenItIsOneTheSiteSpeaks(String header, String language) {
		assertThat(FrontAddress.language(header)).isEqualTo(language);
	}

	@Test
	void onlyPagesFeedsAndSitemapsInUtf8ArePublished() {
		assertThat(FrontAddress.of(request("/api/v1/articles"), "application/json")).isEmpty();
		assertThat(FrontAddress.of(request("/robots.txt"), "text/plain;charset=UTF-8")).isEmpty();
		assertThat(FrontAddress.of(request("/"), "text/html;charset=ISO-8859-1")).isEmpty();
		assertThat(FrontAddress.of(request("/sitemap.xml"), "application/xml;charset=UTF-8")).isPresent();
	}

	@Test
	void aPageWithAHeaderNginxDoesNotAddIsNotPublished() {
		var address = "fr/http/cercle.example/.html";
		assertThat(FrontAddress.sameHeadersAsFront(
				List.of(Map.entry("Cache-Control", "no-cache"), Map.entry("Content-Language", "fr")), address))
			.isTrue();
		assertThat(FrontAddress.sameHeadersAsFront(List.of(Map.entry("Link", "</x>; rel=alternate")), address))
			.isFalse();
		assertThat(FrontAddress.sameHeadersAsFront(List.of(Map.entry("Cache-Control", "max-age=60")), address))
			.isFalse();
		assertThat(FrontAddress.sameHeadersAsFront(List.of(Map.entry("Content-Language", "en")), address)).isFalse();
	}

	private static MockHttpServletRequest request(String path) {
		var request = new MockHttpServletRequest("GET", path);
		request.addHeader("Host", "cercle.example:8080");
		return request;
	}

}
