package org.cercle.feed.article;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.cercle.feed.tag.Tags;

/** {@code /sitemap.xml}: the site's pages, every published article and every tag. */
@RestController
class SitemapController {

	/** The sitemap protocol's limit for one file. */
	static final int MAX_URLS = 50_000;

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final Articles articles;

	private final Tags tags;

	SitemapController(Articles articles, Tags tags) {
		this.articles = articles;
		this.tags = tags;
	}

	@GetMapping("/sitemap.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		var baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		var out = new StringWriter();
		var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (var path : List.of("/", "/articles")) {
			url(xml, baseUrl + path, null);
		}
		for (var entry : articles.sitemapEntries(org.springframework.data.domain.Limit.of(MAX_URLS))) {
			url(xml, baseUrl + "/articles/" + entry.slug(), entry.updatedAt());
		}
		for (var tag : tags.findAll()) {
			url(xml, baseUrl + "/tags/" + tag.slug(), null);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8)).body(out.toString());
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
