package org.cercle.community.spam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.community.SpamGuard;
import org.cercle.community.SpamRefused;

/** The spam rules, applied in the caller's transaction. */
@Service
@Transactional
class SpamRules implements SpamGuard {

	/** Links a member not yet trusted may put in one post. */
	static final int MOST_LINKS = 2;

	static final Duration SAME_TEXT_WINDOW = Duration.ofHours(1);

	private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)([^\\s/?#)\\]>\"'<]+)");

	private static final Pattern IMAGE = Pattern.compile("(?i)!\\[[^\\]]*\\]\\(|<img\\b");

	private final JdbcClient jdbc;

	private final Clock clock;

	SpamRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public void check(MemberId author, String text, boolean trusted) {
		var hosts = hosts(text);
		if (!trusted && IMAGE.matcher(text).find()) {
			throw new SpamRefused("community.spam.no-images");
		}
		if (!trusted && links(text) > MOST_LINKS) {
			throw new SpamRefused("community.spam.too-many-links");
		}
		if (!hosts.isEmpty() && blocked(hosts)) {
			throw new SpamRefused("community.spam.blocked-domain");
		}
		if (postedLately(author, fingerprint(text))) {
			throw new SpamRefused("community.spam.same-text");
		}
	}

	@Override
	public void remember(MemberId author, String text) {
		var now = clock.instant();
		jdbc.sql("delete from community_post_fingerprint where member_id = :member and posted_at < :before")
			.param("member", author.value())
			.param("before", Timestamp.from(now.minus(SAME_TEXT_WINDOW)))
			.update();
		jdbc.sql("insert into community_post_fingerprint (member_id, fingerprint, posted_at) values (:m, :f, :at)")
			.param("m", author.value())
			.param("f", fingerprint(text))
			.param("at", Timestamp.from(now))
			.update();
	}

	private boolean postedLately(MemberId author, String fingerprint) {
		return jdbc.sql("""
				select count(*) from community_post_fingerprint
				where member_id = :member and fingerprint = :fingerprint and posted_at > :since""")
			.param("member", author.value())
			.param("fingerprint", fingerprint)
			.param("since", Timestamp.from(clock.instant().minus(SAME_TEXT_WINDOW)))
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a host, or a domain it belongs to, is blocked. */
	private boolean blocked(Set<String> hosts) {
		var candidates = new LinkedHashSet<String>();
		for (var host : hosts) {
			var parts = host.split("\\.");
			for (int i = 0; i < parts.length - 1; i++) {
				candidates.add(String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length)));
			}
		}
		return jdbc.sql("select count(*) from community_blocked_domain where domain in (:domains)")
			.param("domains", candidates)
			.query(Long.class)
			.single() > 0;
	}

	static int links(String text) {
		return (int) LINK.matcher(text).results().count();
	}

	static Set<String> hosts(String text) {
		var hosts = new LinkedHashSet<String>();
		LINK.matcher(text).results().forEach(match -> {
			var host = match.group(1).toLowerCase(Locale.ROOT);
			host = host.replaceFirst(":\\d+$", "").replaceFirst("^www\\.", "").replaceAll("\\.+$", "");
			if (host.contains(".")) {
				hosts.add(host);
			}
		});
		return hosts;
	}

	/** The text without case, accents' spacing or punctuation differences, hashed. */
	static String fingerprint(String text) {
		var normal = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Punct}\\s]+", " ")
			.strip();
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
