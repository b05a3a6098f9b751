package org.cercle.feed.web;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.cercle.feed.article.ArticleDetail;

/**
 * The schema.org {@code BlogPosting} description of an article, as JSON-LD ready to sit
 * in a {@code <script type="application/ld+json">} element.
 */
final class BlogPostingJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BlogPostingJsonLd() {
	}

	static String of(ArticleDetail article, String baseUrl, String siteName) {
		var card = article.card();
		var json = new LinkedHashMap<String, Object>();
		json.put("@context", "https://schema.org");
		json.put("@type", "BlogPosting");
		json.put("headline", card.title());
		json.put("description", card.summary());
		json.put("url", baseUrl + card.path());
		json.put("mainEntityOfPage", baseUrl + card.path());
		json.put("datePublished", card.at().toString());
		json.put("dateModified", article.updatedAt().toString());
		json.put("inLanguage", "fr");
		json.put("keywords", card.tags().stream().map(tag -> tag.label()).toList());
		if (card.byline() != null) {
			json.put("author",
					Map.of("@type", "Person", "name", card.byline().label(), "url", baseUrl + card.byline().path()));
		}
		json.put("publisher", Map.of("@type", "Organization", "name", siteName, "url", baseUrl + "/"));
		return safeInScript(JSON.writeValueAsString(json));
	}

	/** Keeps "</script>" and HTML comments from ending the script element early. */
	private static String safeInScript(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
