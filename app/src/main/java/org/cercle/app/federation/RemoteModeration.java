package org.cercle.app.federation;

import java.net.IDN;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberId;
import org.cercle.feed.RemoteComments;
import org.cercle.shared.Refusal;

/**
 * Moderation of the social web: each remote server's replies are held for a moderator
 * (the default), published at once (trusted) or refused with everything else it sends
 * (blocked); one remote account may be blocked alone, which hides its replies and ends
 * its follows. Every decision is audited.
 */
@Component
class RemoteModeration {

	enum Policy {

		TRUSTED, HELD, BLOCKED

	}

	private final JdbcClient jdbc;

	private final RemoteComments comments;

	private final AuditTrail audit;

	private final Clock clock;

	RemoteModeration(JdbcClient jdbc, RemoteComments comments, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.comments = comments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The servers known here: those with a decision, then those actors came from. */
	List<Server> servers() {
		return jdbc.sql("""
				with seen as (
				    select lower(substring(id from '^https?://([^/:]+)')) as domain, count(*) as actors
				    from app_remote_actor group by 1)
				select coalesce(s.domain, seen.domain) as domain, coalesce(s.policy, 'HELD') as policy,
				       coalesce(seen.actors, 0) as actors, s.decided_at
				from app_remote_server s full join seen on seen.domain = s.domain
				where coalesce(s.domain, seen.domain) is not null
				order by s.decided_at desc nulls last, 1 limit 200""")
			.query((rs, row) -> new Server(rs.getString("domain"), Policy.valueOf(rs.getString("policy")),
					rs.getLong("actors"),
					rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	/** Remote accounts that replied here or follow an actor of this site. */
	List<Account> accounts() {
		return jdbc.sql("""
				select r.id, coalesce(r.name, r.preferred_username, r.id) as name, coalesce(r.url, r.id) as url,
				       exists (select 1 from app_remote_blocked_actor b where b.id = r.id) as blocked,
				       (select count(*) from app_follower f where f.follower = r.id) as follows
				from app_remote_actor r order by r.fetched_at desc limit 200""")
			.query((rs, row) -> new Account(rs.getString("id"), rs.getString("name"), rs.getString("url"),
					rs.getBoolean("blocked"), rs.getLong("follows")))
			.list();
	}

	@Transactional
	void decide(String typedDomain, Policy policy, UUID moderator) {
		var domain = domain(typedDomain);
		jdbc.sql(
				"""
						insert into app_remote_server (domain, policy, decided_by, decided_at) values (:domain, :policy, :by, :at)
						on conflict (domain) do update set policy = excluded.policy, decided_by = excluded.decided_by,
						    decided_at = excluded.decided_at""")
			.param("domain", domain)
			.param("policy", policy.name())
			.param("by", moderator)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (policy == Policy.BLOCKED) {
			jdbc.sql("delete from app_follower where lower(substring(follower from '^https?://([^/:]+)')) = :domain")
				.param("domain", domain)
				.update();
		}
		audit.record(new MemberId(moderator), "FEDERATION_SERVER_POLICY", null, domain + " : " + policy.name());
	}

	@Transactional
	void block(String actor, String reason, UUID moderator) {
		if (reason.isBlank()) {
			throw new FederationRefused(Refusal.Kind.INVALID, "federation.manage.reason-required");
		}
		var known = jdbc.sql("select count(*) from app_remote_actor where id = :id")
			.param("id", actor)
			.query(Long.class)
			.single();
		if (known == 0) {
			throw new FederationRefused(Refusal.Kind.NOT_FOUND, "federation.manage.unknown-account");
		}
		jdbc.sql("""
				insert into app_remote_blocked_actor (id, blocked_by, blocked_at) values (:id, :by, :at)
				on conflict do nothing""")
			.param("id", actor)
			.param("by", moderator)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("delete from app_follower where follower = :id").param("id", actor).update();
		var hidden = comments.hideAllBy(actor, reason.strip());
		audit.record(new MemberId(moderator), "FEDERATION_ACCOUNT_BLOCKED", null,
				actor + " — " + reason.strip() + " (" + hidden + ")");
	}

	@Transactional
	void unblock(String actor, UUID moderator) {
		if (jdbc.sql("delete from app_remote_blocked_actor where id = :id").param("id", actor).update() > 0) {
			audit.record(new MemberId(moderator), "FEDERATION_ACCOUNT_UNBLOCKED", null, actor);
		}
	}

	/**
	 * A domain as typed (« mastodon.example », an address, uppercase, IDN) or refused.
	 */
	static String domain(String typed) {
		var domain = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("[/:].*$", "");
		try {
			domain = IDN.toASCII(domain);
		}
		catch (IllegalArgumentException invalid) {
			throw new FederationRefused(Refusal.Kind.INVALID, "federation.manage.bad-domain");
		}
		if (!domain.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+")
				&& !domain.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !"localhost".equals(domain)) {
			throw new FederationRefused(Refusal.Kind.INVALID, "federation.manage.bad-domain");
		}
		return domain;
	}

	record Server(String domain, Policy policy, long actors, @Nullable Instant decidedAt) {
	}

	record Account(String id, String name, String url, boolean blocked, long follows) {
	}

}
