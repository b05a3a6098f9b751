package org.cercle.community.web;

import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.cercle.shared.Markdown;
import org.cercle.community.member.Member;
import org.cercle.community.member.Members;

import org.cercle.community.circle.CircleAccess;
import org.cercle.community.circle.Discussion;
import org.cercle.community.circle.Discussions;

/** A public circle's discussions as an Atom feed; private circles have none (404). */
@Controller
class CircleFeedController {

	private static final int SIZE = 30;

	private final CircleAccess access;

	private final Discussions discussions;

	private final Members members;

	CircleFeedController(CircleAccess access, Discussions discussions, Members members) {
		this.access = access;
		this.discussions = discussions;
		this.members = members;
	}

	@GetMapping(path = "/circles/{slug}/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	@Transactional(readOnly = true)
	ResponseEntity<String> feed(@PathVariable String slug) throws FeedException {
		var circle = access.circle(slug);
		if (circle.isPrivate()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "community.circle.no-feed");
		}
		var base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		var page = base + "/circles/" + circle.slug();
		var found = discussions.newestOf(circle.id(), Limit.of(SIZE));
		var authors = members.findAllById(found.stream().map(Discussion::authorId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Member::id, Function.identity()));
		var feed = new Feed("atom_1.0");
		feed.setId(page + "/feed.atom");
		feed.setTitle(circle.name() + " — discussions");
		feed.setLanguage("fr");
		feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
		feed.setOtherLinks(List.of(link("self", page + "/feed.atom", "application/atom+xml")));
		feed.setUpdated(Date.from(found.stream()
			.map(Discussion::lastPostAt)
			.max(java.time.Instant::compareTo)
			.orElse(java.time.Instant.EPOCH)));
		feed.setEntries(found.stream().map(d -> entry(d, page, authors.get(d.authorId()))).toList());
		return ResponseEntity.ok(new WireFeedOutput().outputString(feed));
	}

	private static Entry entry(Discussion discussion, String page, Member author) {
		var entry = new Entry();
		entry.setId("urn:uuid:" + discussion.id());
		entry.setTitle(discussion.title());
		entry.setAlternateLinks(List.of(link("alternate", page + "/discussions/" + discussion.id(), "text/html")));
		entry.setPublished(Date.from(discussion.createdAt()));
		entry.setUpdated(Date.from(discussion.editedAt() == null ? discussion.createdAt() : discussion.editedAt()));
		var person = new Person();
		person.setName(author == null || author.summary().deleted() ? "membre supprimé" : author.displayName());
		entry.setAuthors(List.<SyndPerson>of(person));
		var content = new Content();
		content.setType("html");
		content.setValue(Markdown.toSafeShortHtml(discussion.bodyMarkdown()));
		entry.setContents(List.of(content));
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
