package org.cercle.community.spam;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberId;
import org.cercle.community.SpamRefused;

/** The domains moderators block in links (a domain blocks its subdomains), audited. */
@Service
@Transactional
public class BlockedDomains {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	BlockedDomains(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A blocked domain, who blocked it and when. */
	public record Blocked(String domain, Instant since) {
	}

	@Transactional(readOnly = true)
	public List<Blocked> all() {
		return jdbc.sql("select domain, added_at from community_blocked_domain order by domain")
			.query((row, number) -> new Blocked(row.getString(1), row.getTimestamp(2).toInstant()))
			.list();
	}

	public void block(String typed, UUID moderator) {
		var domain = typed.strip()
			.toLowerCase(Locale.ROOT)
			.replaceFirst("^https?://", "")
			.replaceFirst("/.*$", "")
			.replaceFirst("^www\\.", "");
		if (!domain.matches("[a-z0-9.-]+\\.[a-z]{2,}") || domain.length() > 253) {
			throw new SpamRefused("community.spam.domain-invalid");
		}
		jdbc.sql("""
				insert into community_blocked_domain (domain, added_by, added_at) values (:d, :by, :at)
				on conflict (domain) do nothing""")
			.param("d", domain)
			.param("by", moderator)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.record(new MemberId(moderator), "DOMAIN_BLOCKED", null, domain);
	}

	public void unblock(String domain, UUID moderator) {
		if (jdbc.sql("delete from community_blocked_domain where domain = :d").param("d", domain).update() > 0) {
			audit.record(new MemberId(moderator), "DOMAIN_UNBLOCKED", null, domain);
		}
	}

}
