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
		return members.findById(id)
			.filter(member -> !member.deleted())
			.map(member -> new LocalActor("member:" + member.id().value(), documents.memberActor(member.handle())));
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
		return Actors.author(members, articles, address.substring(prefix.length()))
			.map(member -> new LocalActor("member:" + member.id().value(), address));
	}

	/** The inboxes to deliver to for these actors' followers: shared ones once. */
	List<String> followerInboxes(List<LocalActor> followed) {
		return jdbc.sql("""
				select distinct coalesce(r.shared_inbox, r.inbox) from app_follower f
				join app_remote_actor r on r.id = f.follower
				where f.actor = any(:actors)
				  and r.id not in (select id from app_remote_blocked_actor)
				  and not exists (select 1 from app_remote_server s
				                  where s.policy = 'BLOCKED' and r.id like '%://' || s.domain || '/%')""")
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
