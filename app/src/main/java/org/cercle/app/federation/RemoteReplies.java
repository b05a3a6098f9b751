package org.cercle.app.federation;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.app.federation.RemoteActors.RemoteActor;
import org.cercle.feed.RemoteComments;

/**
 * Replies and reactions from the social web: a {@code Note} answering an article (or one
 * of its comments) becomes a comment, held for a moderator unless its server is trusted;
 * {@code Update} and {@code Delete} of it by its author are honoured; {@code Like} and
 * {@code Announce} of an article are counted once per account, and {@code Undo} takes
 * them back.
 */
@Component
class RemoteReplies {

	static final int MAX_TEXT = 5000;

	private final ActivityDocuments documents;

	private final RemoteComments comments;

	private final RemoteActors actors;

	private final JdbcClient jdbc;

	private final Clock clock;

	RemoteReplies(ActivityDocuments documents, RemoteComments comments, RemoteActors actors, JdbcClient jdbc,
			Clock clock) {
		this.documents = documents;
		this.comments = comments;
		this.actors = actors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void created(RemoteActor sender, JsonNode note) {
		if (!"Note".equals(note.path("type").asString()) || !sender.id().equals(attributedTo(note))) {
			return;
		}
		var inReplyTo = InboxActivities.id(note.path("inReplyTo"));
		// a reply to another remote reply joins that reply's article
		var slug = articleSlug(inReplyTo) != null ? articleSlug(inReplyTo) : comments.articleOf(inReplyTo).orElse(null);
		if (slug == null || note.path("id").asString("").isEmpty()) {
			return;
		}
		var html = note.path("content").asString("");
		comments.receive(new RemoteComments.Reply(slug, inReplyTo, note.path("id").asString(), sender.id(),
				sender.displayName(), sender.url() != null ? sender.url() : sender.id(), sender.icon(), html,
				text(html), published(note), trusted(sender.id())));
	}

	void updated(RemoteActor sender, JsonNode object) {
		if ("Note".equals(object.path("type").asString()) && sender.id().equals(attributedTo(object))) {
			var html = object.path("content").asString("");
			comments.edit(object.path("id").asString(""), sender.id(), html, text(html));
		}
		else if (sender.id().equals(InboxActivities.id(object))) {
			actors.get(sender.id(), true);
		}
	}

	void deleted(RemoteActor sender, String object) {
		comments.delete(object, sender.id());
	}

	void reacted(RemoteActor sender, String kind, String object) {
		var slug = articleSlug(object);
		if (slug == null) {
			return;
		}
		jdbc.sql("""
				insert into app_reaction (object, actor, kind, received_at) values (:object, :actor, :kind, :at)
				on conflict do nothing""")
			.param("object", "/articles/" + slug)
			.param("actor", sender.id())
			.param("kind", kind)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	void undone(RemoteActor sender, String kind, String object) {
		jdbc.sql("delete from app_reaction where object = :object and actor = :actor and kind = :kind")
			.param("object", "/articles/" + articleSlug(object))
			.param("actor", sender.id())
			.param("kind", kind)
			.update();
	}

	/** The slug of the article an address names on this site, or null. */
	@org.jspecify.annotations.Nullable
	String articleSlug(String address) {
		var prefix = documents.base() + "/articles/";
		if (!address.startsWith(prefix)) {
			return null;
		}
		var slug = address.substring(prefix.length()).replaceFirst("[#?].*$", "");
		return slug.isEmpty() || slug.contains("/") ? null : slug;
	}

	private boolean trusted(String actor) {
		return jdbc.sql("select exists (select 1 from app_remote_server where domain = :domain and policy = 'TRUSTED')")
			.param("domain", String.valueOf(URI.create(actor).getHost()).toLowerCase(java.util.Locale.ROOT))
			.query(Boolean.class)
			.single();
	}

	private static String attributedTo(JsonNode note) {
		var author = note.path("attributedTo");
		return InboxActivities.id(author.isArray() ? author.path(0) : author);
	}

	private static String text(String html) {
		var text = Jsoup.parse(html).text().strip();
		return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
	}

	private Instant published(JsonNode note) {
		try {
			var published = Instant.parse(note.path("published").asString(""));
			return published.isAfter(clock.instant()) ? clock.instant() : published;
		}
		catch (DateTimeParseException missing) {
			return clock.instant();
		}
	}

}
