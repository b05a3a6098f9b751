package org.cercle.app.federation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.MemberDirectory;
import org.cercle.events.PublicEvents;
import org.cercle.feed.PublishedArticles;

/**
 * How the social web finds Cercle: WebFinger ({@code acct:cercle@host} and
 * {@code acct:<handle>@host} for authors with published articles) and NodeInfo 2.1.
 */
@RestController
@org.cercle.shared.web.JsonApi
class DiscoveryController {

	static final MediaType JRD = MediaType.parseMediaType("application/jrd+json");

	static final MediaType NODEINFO = MediaType
		.parseMediaType("application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"");

	private final ActivityDocuments documents;

	private final MemberDirectory members;

	private final PublishedArticles articles;

	private final PublicEvents events;

	DiscoveryController(ActivityDocuments documents, MemberDirectory members, PublishedArticles articles,
			PublicEvents events) {
		this.documents = documents;
		this.members = members;
		this.articles = articles;
		this.events = events;
	}

	@GetMapping("/.well-known/webfinger")
	ResponseEntity<Map<String, Object>> webfinger(@RequestParam(required = false) @Nullable String resource) {
		if (resource == null || !resource.startsWith("acct:") || resource.indexOf('@') < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.bad-parameter");
		}
		var at = resource.lastIndexOf('@');
		var user = resource.substring("acct:".length(), at).replaceFirst("^@", "");
		var host = resource.substring(at + 1);
		if (!host.equalsIgnoreCase(documents.host())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "federation.not-here");
		}
		String actor;
		String page;
		if (ActivityDocuments.SITE.equals(user)) {
			actor = documents.siteActor();
			page = documents.base() + "/";
		}
		else {
			var member = Actors.author(members, articles, user)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "federation.no-actor"));
			actor = documents.memberActor(member.handle());
			page = documents.base() + member.profilePath();
		}
		var jrd = new LinkedHashMap<String, Object>();
		jrd.put("subject", "acct:" + user + "@" + documents.host());
		jrd.put("aliases", List.of(actor, page));
		jrd.put("links", List.of(Map.of("rel", "self", "type", ActivityDocuments.ACTIVITY_JSON, "href", actor),
				Map.of("rel", "http://webfinger.net/rel/profile-page", "type", "text/html", "href", page)));
		return ResponseEntity.ok().contentType(JRD).body(jrd);
	}

	@GetMapping("/.well-known/nodeinfo")
	Map<String, Object> nodeinfoLinks() {
		return Map.of("links", List.of(Map.of("rel", "http://nodeinfo.diaspora.software/ns/schema/2.1", "href",
				documents.base() + "/nodeinfo/2.1")));
	}

	@GetMapping("/nodeinfo/2.1")
	ResponseEntity<Map<String, Object>> nodeinfo() {
		var info = new LinkedHashMap<String, Object>();
		info.put("version", "2.1");
		info.put("software", Map.of("name", "cercle", "version", "0.1.0", "homepage", documents.base() + "/"));
		info.put("protocols", List.of("activitypub"));
		info.put("services", Map.of("inbound", List.of(), "outbound", List.of("atom1.0")));
		info.put("openRegistrations", true);
		info.put("usage", Map.of("users", Map.of("total", members.reachable().size()), "localPosts",
				articles.count() + events.count()));
		info.put("metadata", Map.of("nodeName", "Cercle"));
		return ResponseEntity.ok().contentType(NODEINFO).body(info);
	}

}
