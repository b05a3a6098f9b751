package org.cercle.events.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.cercle.events.agenda.SeriesView;
import org.cercle.events.event.Event;

/** A series' editions as an Atom feed (Rome), newest first: one entry an edition. */
final class SeriesAtomFeed {

	private SeriesAtomFeed() {
	}

	static String write(SeriesView series, List<Event> editions, String baseUrl) {
		var feed = new Feed("atom_1.0");
		feed.setId(baseUrl + series.path() + "/feed.atom");
		feed.setTitle("Cercle — " + series.name());
		feed.setLanguage("fr");
		feed.setAlternateLinks(List.of(link("alternate", baseUrl + series.path(), "text/html")));
		feed.setOtherLinks(List.of(link("self", baseUrl + series.path() + "/feed.atom", "application/atom+xml")));
		feed.setUpdated(
				Date.from(editions.stream().map(Event::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
		feed.setEntries(editions.stream()
			.sorted(java.util.Comparator.comparing(Event::startsAt).reversed())
			.map(event -> entry(event, baseUrl))
			.toList());
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Atom feed could not be written", ex);
		}
	}

	private static Entry entry(Event event, String baseUrl) {
		var entry = new Entry();
		entry.setId("urn:uuid:" + event.id());
		entry.setTitle((event.status() == Event.Status.CANCELLED ? "Annulé : " : "") + event.title());
		entry.setAlternateLinks(List.of(link("alternate", baseUrl + "/events/" + event.slug(), "text/html")));
		entry.setPublished(Date.from(event.createdAt()));
		entry.setUpdated(Date.from(event.updatedAt()));
		var person = new Person();
		person.setName("Cercle");
		entry.setAuthors(List.of(person));
		var summary = new Content();
		summary.setType("text");
		summary.setValue(event.summary());
		entry.setSummary(summary);
		return entry;
	}

	private static Link link(String rel, String href, String type) {
		var link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
