package org.cercle.app.federation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberSummary;
import org.cercle.feed.PublishedArticles;

/**
 * The actors' documents: the site ({@code Service}, which speaks for the articles and
 * events) and each author with published articles ({@code Person}), with their public
 * key, outbox (their articles as {@code Create} activities, newest first) and followers.
 */
@RestController
@org.cercle.shared.web.JsonApi
class Actors {

	static final int OUTBOX_PAGE = 20;

	private final ActivityDocuments documents;

	private final ActorKeys keys;

	private final MemberDirectory members;

	private final PublishedArticles articles;

	private final LocalActors locals;

	Actors(ActivityDocuments documents, ActorKeys keys, MemberDirectory members, PublishedArticles articles,
			LocalActors locals) {
		this.documents = documents;
		this.locals = locals;
		this.keys = keys;
		this.members = members;
		this.articles = articles;
	}

	/** A member who may be followed: not deleted, with at least one published article. */
	static Optional<MemberSummary> author(MemberDirectory members, PublishedArticles articles, String handle) {
		return members.findByHandle(handle)
			.filter(member -> !member.deleted() && !articles.newest(member.id(), 1).isEmpty());
	}

	@GetMapping("/ap/site")
	ResponseEntity<Map<String, Object>> site() {
		return activity(siteDocument());
	}

	@GetMapping("/ap/members/{handle}")
	ResponseEntity<Map<String, Object>> member(@PathVariable String handle) {
		return activity(memberDocument(author(handle)));
	}

	Map<String, Object> siteDocument() {
		return actor(documents.siteActor(), "Service", ActivityDocuments.SITE, "Cercle",
				"Le portail de la communauté Entreprise 2.0 : articles, cercles et Matinées E2.0.",
				documents.base() + "/", keys.publicPem("site"));
	}

	Map<String, Object> memberDocument(MemberSummary member) {
		var json = actor(documents.memberActor(member.handle()), "Person", member.handle(), member.displayName(), "",
				documents.base() + member.profilePath(), keys.publicPem(LocalActors.key(member.id())));
		if (member.avatarPath() != null) {
			json.put("icon", Map.of("type", "Image", "url", documents.base() + member.avatarPath()));
		}
		return json;
	}

	@GetMapping({ "/ap/site/outbox", "/ap/members/{handle}/outbox" })
	ResponseEntity<Map<String, Object>> outbox(@PathVariable(required = false) @Nullable String handle,
			@RequestParam(required = false) @Nullable String page) {
		var member = handle == null ? null : author(handle);
		var actor = member == null ? documents.siteActor() : documents.memberActor(member.handle());
		var newest = articles.newest(member == null ? null : member.id(), OUTBOX_PAGE);
		if (page == null) {
			var json = ActivityDocuments.object(actor + "/outbox", "OrderedCollection");
			json.put("totalItems", member == null ? articles.count() : newest.size());
			json.put("first", actor + "/outbox?page=true");
			return activity(json);
		}
		var json = ActivityDocuments.object(actor + "/outbox?page=true", "OrderedCollectionPage");
		json.put("partOf", actor + "/outbox");
		json.put("orderedItems", newest.stream().map(article -> {
			var object = documents.article(article);
			object.remove("@context");
			var create = new LinkedHashMap<String, Object>();
			create.put("id", object.get("id") + "#create");
			create.put("type", "Create");
			create.put("actor", actor);
			create.put("published", object.get("published"));
			create.put("to", object.get("to"));
			create.put("cc", object.get("cc"));
			create.put("object", object);
			return create;
		}).toList());
		return activity(json);
	}

	@GetMapping({ "/ap/site/followers", "/ap/members/{handle}/followers" })
	ResponseEntity<Map<String, Object>> followers(@PathVariable(required = false) @Nullable String handle) {
		var member = handle == null ? null : author(handle);
		var actor = member == null ? documents.siteActor() : documents.memberActor(member.handle());
		var json = ActivityDocuments.object(actor + "/followers", "OrderedCollection");
		// the count only, as Mastodon shows it: who follows is not published
		json.put("totalItems", locals.followers(member == null ? locals.site() : locals.member(member)));
		return activity(json);
	}

	private MemberSummary author(String handle) {
		return author(members, articles, handle)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "federation.no-actor"));
	}

	private Map<String, Object> actor(String id, String type, String username, String name, String summary, String url,
			String publicKeyPem) {
		var json = ActivityDocuments.object(id, type);
		json.put("preferredUsername", username);
		json.put("name", name);
		json.put("summary", summary);
		json.put("url", url);
		json.put("inbox", id + "/inbox");
		json.put("outbox", id + "/outbox");
		json.put("followers", id + "/followers");
		json.put("endpoints", Map.of("sharedInbox", documents.base() + "/ap/inbox"));
		json.put("manuallyApprovesFollowers", false);
		json.put("discoverable", true);
		json.put("publicKey", Map.of("id", id + "#main-key", "owner", id, "publicKeyPem", publicKeyPem));
		return json;
	}

	static ResponseEntity<Map<String, Object>> activity(Map<String, Object> json) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(ActivityDocuments.ACTIVITY_JSON)).body(json);
	}

}
