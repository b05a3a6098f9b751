package org.cercle.app.federation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.feed.PublishedArticles;

/**
 * The actors Cercle speaks for, by address or by member: the site and each author with
 * published articles; and the inboxes of their followers.
 */
@Component
class LocalActors {

	private static final String MEMBER = "member:";

	private final ActivityDocuments documents;

	private final MemberDirectory members;

	private final PublishedArticles articles;

	private final JdbcClient jdbc;

	LocalActors(ActivityDocuments documents, MemberDirectory members, PublishedArticles articles, JdbcClient jdbc) {
		this.documents = documents;
		this.members = members;
		this.articles = articles;
		this.jdbc = jdbc;
	}

	LocalActor site() {
		return new LocalActor("site", documents.siteActor());
	}

	Optional<LocalActor> author(MemberId id) {
		return members.findById(id).filter(member -> !member.deleted()).map(this::member);
	}

	/** The member as an actor (whether they may be followed is the caller's to know). */
	LocalActor member(org.cercle.community.MemberSummary member) {
		return new LocalActor(key(member.id()), documents.memberActor(member.handle()));
	}

	/** A member's name in the actors' tables: {@code member:<uuid>}. */
	static String key(MemberId member) {
		return MEMBER + member.value();
	}

	/** The member an actor's name stands for; empty for the site. */
	static Optional<MemberId> memberOf(String key) {
		return key.startsWith(MEMBER)
				? Optional.of(new MemberId(java.util.UUID.fromString(key.substring(MEMBER.length()))))
				: Optional.empty();
	}

	/** The local actor at this address, if it is one that may be followed. */
	Optional<LocalActor> byAddress(String address) {
		if (address.equals(documents.siteActor())) {
			return Optional.of(site());
		}
		var prefix = documents.memberActor("");
		if (!address.startsWith(prefix)) {
			return Optional.empty();
		}
		return Actors.author(members, articles, address.substring(prefix.length())).map(this::member);
	}

	/** The inboxes to deliver to for these actors' followers: shared ones once. */
	List<String> followerInboxes(List<LocalActor> followed) {
		return jdbc
			.sql("""
					select distinct coalesce(r.shared_inbox, r.inbox) from app_follower f
					join app_remote_actor r on r.id = f.follower
					where f.actor = any(:actors)
					  and r.id not in (select id from app_remote_blocked_actor)
					  and not exists (select 1 from app_remote_server s
					                  where s.policy = 'BLOCKED' and s.domain = lower(substring(r.id from '^https?://([^/:]+)')))""")
			.param("actors", followed.stream().map(LocalActor::key).toArray(String[]::new))
			.query(String.class)
			.list();
	}

	long followers(LocalActor actor) {
		return jdbc.sql("select count(*) from app_follower where actor = :actor")
			.param("actor", actor.key())
			.query(Long.class)
			.single();
	}

	/**
	 * A local actor.
	 *
	 * @param key its name in the tables: {@code site} or {@code member:<uuid>}
	 * @param address its document's address
	 */
	record LocalActor(String key, String address) {

		String keyId() {
			return address + "#main-key";
		}

		Deliveries.Signing signing() {
			return new Deliveries.Signing(key, keyId());
		}

	}

}
