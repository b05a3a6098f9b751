package org.cercle.feed.wordpress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a WordPress export file (WXR: RSS 2.0 with WordPress's {@code wp:} elements, any
 * export version): its posts with their titles, dates, bodies, tags and comments.
 * Doctypes are refused, so no external entity is ever fetched.
 */
final class WordPressExport {

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private WordPressExport() {
	}

	/**
	 * A post as WordPress exported it; {@code bodyHtml} is WordPress's raw HTML, not yet
	 * sanitised. {@code source} names the post for good: its GUID, else the site's
	 * address and the post's id. {@code status} is WordPress's: publish, future, draft,
	 * pending, private; {@code link} its permalink.
	 */
	record Post(String source, String id, String title, @Nullable String slug, @Nullable String creator, String status,
			boolean passwordProtected, boolean sticky, @Nullable Instant date, String localDate, String link,
			String bodyHtml, String excerpt, List<String> tags, List<Comment> comments) {

		boolean published() {
			return "publish".equals(status);
		}

	}

	/**
	 * A comment; {@code parent} is the id of the comment it answers, "0" for none;
	 * {@code url} the address its author gave (a pingback's source).
	 */
	record Comment(String id, String parent, String author, @Nullable String url, String type, @Nullable Instant date,
			String html, boolean approved) {

		boolean pingback() {
			return "pingback".equals(type) || "trackback".equals(type);
		}

	}

	/** An uploaded file WordPress knows: its id, its address, its title. */
	record Attachment(String id, String url, String title) {
	}

	/**
	 * What an export holds: posts, pages (titles only: Cercle has no pages) and media.
	 */
	record Export(List<Post> posts, List<String> pages, List<Attachment> attachments) {
	}

	/** The file could not be read as a WordPress export. */
	static class Unreadable extends Exception {

		Unreadable(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

	static List<Post> posts(byte[] xml) throws Unreadable {
		return read(xml).posts();
	}

	static Export read(byte[] xml) throws Unreadable {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		try {
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
			var root = document.getDocumentElement();
			if (!"rss".equals(root.getLocalName()) || children(root, "channel").isEmpty()) {
				throw new Unreadable("not an RSS document", null);
			}
			var posts = new ArrayList<Post>();
			var pages = new ArrayList<String>();
			var attachments = new ArrayList<Attachment>();
			var channel = children(root, "channel").get(0);
			var site = text(channel, "base_site_url").isBlank() ? text(channel, "link")
					: text(channel, "base_site_url");
			for (var item : children(channel, "item")) {
				switch (text(item, "post_type")) {
					case "post" -> posts.add(post(item, site.strip()));
					case "page" -> pages.add(text(item, "title").strip());
					case "attachment" -> attachments.add(new Attachment(text(item, "post_id").strip(),
							text(item, "attachment_url").strip(), text(item, "title").strip()));
					default -> {
					}
				}
			}
			return new Export(posts, pages, attachments);
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new Unreadable("not well-formed XML", ex);
		}
	}

	private static Post post(Element item, String site) {
		var tags = new ArrayList<String>();
		for (var category : children(item, "category")) {
			var domain = category.getAttribute("domain");
			if ((domain.equals("post_tag") || domain.equals("category")) && !category.getTextContent().isBlank()) {
				tags.add(decoded(category.getTextContent()));
			}
		}
		var comments = new ArrayList<Comment>();
		for (var comment : children(item, "comment")) {
			var approved = text(comment, "comment_approved");
			if (approved.equals("1") || approved.equals("0")) {
				comments.add(new Comment(text(comment, "comment_id"), orZero(text(comment, "comment_parent")),
						text(comment, "comment_author"), blankToNull(text(comment, "comment_author_url")),
						text(comment, "comment_type").strip(), date(text(comment, "comment_date_gmt")),
						text(comment, "comment_content"), approved.equals("1")));
			}
		}
		var guid = text(item, "guid").strip();
		var source = guid.isEmpty() ? site + "#post-" + text(item, "post_id").strip() : guid;
		return new Post(source, text(item, "post_id"), decoded(text(item, "title")),
				blankToNull(text(item, "post_name")), blankToNull(text(item, "creator")), text(item, "status").strip(),
				!text(item, "post_password").isBlank(), "1".equals(text(item, "is_sticky").strip()),
				date(text(item, "post_date_gmt")), text(item, "post_date").strip(), text(item, "link").strip(),
				text(item, "encoded", "http://purl.org/rss/1.0/modules/content/"), excerpt(item), tags, comments);
	}

	private static String excerpt(Element item) {
		for (var child : children(item, "encoded")) {
			if (child.getNamespaceURI() != null && child.getNamespaceURI().contains("excerpt")) {
				return child.getTextContent().strip();
			}
		}
		return "";
	}

	/** WordPress writes "0000-00-00 00:00:00" for drafts' dates: no date then. */
	private static @Nullable Instant date(String text) {
		try {
			return text.isBlank() ? null : LocalDateTime.parse(text.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException noDate) {
			return null;
		}
	}

	private static String text(Element parent, String localName) {
		var found = children(parent, localName);
		return found.isEmpty() ? "" : found.get(0).getTextContent();
	}

	private static String text(Element parent, String localName, String namespace) {
		return children(parent, localName).stream()
			.filter(child -> namespace.equals(child.getNamespaceURI()))
			.findFirst()
			.map(Node::getTextContent)
			.orElse("");
	}

	private static List<Element> children(Element parent, String localName) {
		var found = new ArrayList<Element>();
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/**
	 * WordPress writes some names with their HTML entities inside CDATA ({@code &amp;}):
	 * decoded once, so that {@code &} is shown as {@code &} and never slugged "amp".
	 */
	private static String decoded(String text) {
		return org.jsoup.parser.Parser.unescapeEntities(text.strip(), false);
	}

	private static String orZero(String text) {
		return text.isBlank() ? "0" : text.strip();
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
