package org.cercle.app.federation;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.cercle.community.MemberDirectory;
import org.cercle.events.PublicEvents.PublicEvent;
import org.cercle.feed.PublishedArticles.Published;
import org.cercle.shared.web.PublicAddress;

/**
 * Articles and events as ActivityStreams objects, and the addresses of the actors: the
 * site ({@code @cercle@host}) and each author with published articles.
 */
@Component
class ActivityDocuments {

	static final String ACTIVITY_JSON = "application/activity+json";

	static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

	static final List<Object> CONTEXT = List.of("https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1",
			Map.of("Hashtag", "as:Hashtag", "sensitive", "as:sensitive", "mz", "https://joinmobilizon.org/ns#",
					"joinMode", Map.of("@id", "mz:joinMode", "@type", "mz:joinModeType"), "externalParticipationUrl",
					Map.of("@id", "mz:externalParticipationUrl", "@type", "schema:URL"), "ical",
					"http://www.w3.org/2002/12/cal/ical#", "schema", "http://schema.org#", "maximumAttendeeCapacity",
					"schema:maximumAttendeeCapacity"));

	static final String SITE = "cercle";

	private final PublicAddress address;

	private final MemberDirectory members;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ActivityDocuments(PublicAddress address, MemberDirectory members,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.address = address;
		this.members = members;
		this.jdbc = jdbc;
	}

	String base() {
		return address.base();
	}

	/**
	 * The host as handles carry it, with its port when not the default:
	 * {@code 127.0.0.1:8080}.
	 */
	String host() {
		return URI.create(address.base()).getRawAuthority();
	}

	String siteActor() {
		return base() + "/ap/site";
	}

	String memberActor(String handle) {
		return base() + "/ap/members/" + handle;
	}

	Map<String, Object> article(Published article) {
		var author = members.findById(article.authorId()).filter(found -> !found.deleted());
		var json = object(base() + article.path(), "Article");
		json.put("name", article.title());
		json.put("summary", article.summary());
		json.put("content", article.html());
		json.put("contentMap", Map.of("fr", article.html()));
		json.put("mediaType", "text/html");
		json.put("url", base() + article.path());
		json.put("attributedTo", author.map(found -> memberActor(found.handle())).orElse(siteActor()));
		json.put("published", article.publishedAt().toString());
		if (article.updatedAt().isAfter(article.publishedAt())) {
			json.put("updated", article.updatedAt().toString());
		}
		json.put("tag", article.tags()
			.stream()
			.map(tag -> Map.of("type", "Hashtag", "name", "#" + hashtag(tag.label()), "href", base() + tag.path()))
			.toList());
		if (article.coverPath() != null) {
			json.put("image", Map.of("type", "Image", "url", base() + article.coverPath(), "name", article.coverAlt()));
		}
		json.put("sensitive", false);
		reactions(article.path(), json);
		json.put("to", List.of(PUBLIC));
		json.put("cc", List.of(author.map(found -> memberActor(found.handle())).orElse(siteActor()) + "/followers"));
		return json;
	}

	Map<String, Object> event(PublicEvent event) {
		var json = object(base() + event.path(), "Event");
		json.put("name", event.title());
		json.put("summary", event.summary());
		json.put("content", event.descriptionHtml());
		json.put("mediaType", "text/html");
		json.put("url", base() + event.path());
		json.put("attributedTo", siteActor());
		json.put("startTime", event.startsAt().toString());
		json.put("endTime", event.endsAt().toString());
		json.put("updated", event.updatedAt().toString());
		if (event.placeName() != null || event.placeAddress() != null || event.placeCity() != null) {
			var place = new LinkedHashMap<String, Object>();
			place.put("type", "Place");
			place.put("name", event.placeName() != null ? event.placeName() : event.placeCity());
			var postal = new LinkedHashMap<String, Object>();
			postal.put("type", "PostalAddress");
			if (event.placeAddress() != null) {
				postal.put("streetAddress", event.placeAddress());
			}
			if (event.placeCity() != null) {
				postal.put("addressLocality", event.placeCity());
			}
			place.put("address", postal);
			json.put("location", place);
		}
		if (event.onlineUrl() != null) {
			json.put("attachment", List.of(Map.of("type", "Link", "name", "En ligne", "href", event.onlineUrl())));
		}
		json.put("joinMode", "external"); // members register on the event's page
		json.put("externalParticipationUrl", base() + event.path());
		if (event.capacity() != null) {
			json.put("maximumAttendeeCapacity", event.capacity());
		}
		if (event.cancelled()) {
			json.put("ical:status", "CANCELLED");
		}
		json.put("to", List.of(PUBLIC));
		json.put("cc", List.of(siteActor() + "/followers"));
		return json;
	}

	/**
	 * The likes and boosts an article (by its path) received from the social web, counted
	 * in one read, as its {@code likes} and {@code shares} collections.
	 */
	private void reactions(String article, Map<String, Object> json) {
		jdbc.sql(
				"""
						select count(*) filter (where kind = 'Like') as likes, count(*) filter (where kind = 'Announce') as shares
						from app_reaction where object = :object""")
			.param("object", article)
			.query((rs, row) -> {
				json.put("likes", Map.of("type", "Collection", "totalItems", rs.getLong("likes")));
				json.put("shares", Map.of("type", "Collection", "totalItems", rs.getLong("shares")));
				return row;
			})
			.single();
	}

	/** A tag's name as a hashtag: its words joined, without what hashtags cannot hold. */
	static String hashtag(String name) {
		var words = name.strip().split("[^\\p{L}\\p{N}]+");
		var tag = new StringBuilder();
		for (var word : words) {
			if (!word.isEmpty()) {
				tag.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return tag.toString();
	}

	static Map<String, Object> object(String id, String type) {
		var json = new LinkedHashMap<String, Object>();
		json.put("@context", CONTEXT);
		json.put("id", id);
		json.put("type", type);
		return json;
	}

}
