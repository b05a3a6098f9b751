package org.cercle.feed.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.cercle.shared.Markdown;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;

import org.cercle.feed.article.Article;

/** Writes Atom 1.0 documents of published articles, with absolute links only. */
@Component
public class ArticleAtomFeed {

	private final MemberDirectory members;

	ArticleAtomFeed(MemberDirectory members) {
		this.members = members;
	}

	/**
	 * @param title the feed's title
	 * @param baseUrl the site's absolute base URL, without trailing slash
	 * @param selfPath the feed's own path
	 * @param pagePath the HTML page the feed mirrors
	 */
	public String write(String title, String baseUrl, String selfPath, String pagePath, List<Article> articles) {
		return write(title, baseUrl, selfPath, pagePath, articles, List.of(), articles.size());
	}

	/**
	 * A feed of articles and announcements together, newest first, at most {@code size}
	 * entries.
	 */
	public String write(String title, String baseUrl, String selfPath, String pagePath, List<Article> articles,
			List<RecentAnnouncements.Recent> announcements, int size) {
		var feed = new Feed("atom_1.0");
		feed.setId(baseUrl + selfPath);
		feed.setTitle(title);
		feed.setLanguage("fr");
		feed.setAlternateLinks(List.of(link("alternate", baseUrl + pagePath, "text/html")));
		feed.setOtherLinks(List.of(link("self", baseUrl + selfPath, "application/atom+xml")));
		var updated = articles.stream().map(Article::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		for (var announcement : announcements) {
			updated = announcement.updatedAt().isAfter(updated) ? announcement.updatedAt() : updated;
		}
		feed.setUpdated(Date.from(updated));
		var authors = members.findAll(articles.stream().map(Article::authorId).toList());
		var entries = new ArrayList<Entry>();
		articles.forEach(article -> entries.add(entry(article, baseUrl, authors)));
		announcements.forEach(announcement -> entries.add(entry(announcement, baseUrl)));
		entries.sort(Comparator.comparing(Entry::getPublished).reversed());
		feed.setEntries(entries.size() > size ? entries.subList(0, size) : entries);
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Atom feed could not be written", ex);
		}
	}

	private static Entry entry(Article article, String baseUrl, Map<MemberId, MemberSummary> authors) {
		var entry = new Entry();
		var url = baseUrl + "/articles/" + article.slug();
		entry.setId("urn:uuid:" + article.id());
		entry.setTitle(article.title());
		entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
		entry.setPublished(Date.from(article.publishedAt()));
		entry.setUpdated(Date.from(article.updatedAt()));
		entry.setAuthors(List.of(author(authors.get(article.authorId()), baseUrl)));
		entry.setSummary(content("text", article.summary()));
		entry.setContents(new ArrayList<>(List.of(content("html", article.bodyHtml()))));
		entry.setCategories(article.sortedTags().stream().map(tag -> {
			var category = new com.rometools.rome.feed.atom.Category();
			category.setTerm(tag.slug());
			category.setLabel(tag.name());
			category.setScheme(baseUrl + "/tags/");
			return category;
		}).toList());
		return entry;
	}

	private static Entry entry(RecentAnnouncements.Recent announcement, String baseUrl) {
		var entry = new Entry();
		entry.setId("urn:uuid:" + announcement.id());
		entry.setTitle((announcement.cancelled() ? "Annulé : " : "Événement : ") + announcement.title());
		entry.setAlternateLinks(List.of(link("alternate", baseUrl + announcement.path(), "text/html")));
		entry.setPublished(Date.from(announcement.announcedAt()));
		entry.setUpdated(Date.from(announcement.updatedAt()));
		var person = new Person();
		person.setName("Cercle");
		entry.setAuthors(List.of(person));
		entry.setSummary(content("text", announcement.text()));
		return entry;
	}

	private static SyndPerson author(@Nullable MemberSummary author, String baseUrl) {
		var person = new Person();
		if (author == null || author.deleted()) {
			person.setName("membre supprimé");
			return person;
		}
		person.setName(author.displayName());
		person.setUri(baseUrl + author.profilePath());
		return person;
	}

	private static com.rometools.rome.feed.atom.Link link(String rel, String href, String type) {
		var link = new com.rometools.rome.feed.atom.Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static Content content(String type, String value) {
		var content = new Content();
		content.setType(type);
		content.setValue(value);
		return content;
	}

}
