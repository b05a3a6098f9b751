package org.cercle.app.pages;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cercle.events.EventPages;
import org.cercle.feed.FeedPages;

import org.cercle.app.Site;

/**
 * {@code /sitemap.xml}: the home page and every module's public pages, with absolute
 * URLs.
 */
@RestController
class SitemapController {

	/** The sitemap protocol's limit for one file. */
	static final int MAX_URLS = 50_000;

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final FeedPages feed;

	private final EventPages events;

	private final Site site;

	SitemapController(FeedPages feed, EventPages events, Site site) {
		this.feed = feed;
		this.events = events;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		var baseUrl = site.baseUrl();
		var out = new StringWriter();
		var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		url(xml, baseUrl + "/", null);
		for (var page : events.pages(MAX_URLS / 2)) {
			url(xml, baseUrl + page.path(), page.lastModified());
		}
		for (var page : feed.pages(MAX_URLS / 2 - 1)) {
			url(xml, baseUrl + page.path(), page.lastModified());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.body(out.toString());
	}

	private static void url(XMLStreamWriter xml, String location, @Nullable Instant lastModified)
			throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", location);
		if (lastModified != null) {
			element(xml, "lastmod", lastModified.toString());
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
