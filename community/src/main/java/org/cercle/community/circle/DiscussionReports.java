package org.cercle.community.circle;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.HeldPosts;
import org.cercle.community.MemberId;
import org.cercle.shared.Refusal.Kind;

/**
 * Reports on circle discussions and replies, moderated like comments: any reader of the
 * circle reports a post once with a reason; at {@value #TO_HOLD} reports it is held until
 * a circle leader or a moderator publishes it again, and the audit log says so. Held
 * posts of every circle are listed in the moderators' queue.
 */
@Service
@Transactional
public class DiscussionReports implements HeldPosts {

	static final int TO_HOLD = 3;

	private final CircleAccess access;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DiscussionReports(CircleAccess access, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reports a post; returns whether the post is now held. */
	public boolean report(String slug, UUID discussion, @Nullable UUID reply, UUID reporter, boolean moderator,
			String reason) {
		var circle = access.circle(slug);
		var post = reply != null ? reply : discussion;
		var table = reply != null ? "community_discussion_reply" : "community_discussion";
		var exists = jdbc
			.sql("select count(*) from " + table + " where id = :post and not deleted"
					+ (reply != null ? " and discussion_id = :discussion" : " and circle_id = :circle"))
			.param("post", post)
			.param("discussion", discussion)
			.param("circle", circle.id())
			.query(Long.class)
			.single() > 0;
		if (!exists) { // an unknown post is a 404 before any right, as for approvals
			throw new CircleRefused(Kind.NOT_FOUND, "community.discussion.not-found");
		}
		access.of(circle, reporter, moderator).mustRead();
		var text = reason.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw new CircleRefused(Kind.INVALID, "community.discussion.report-reason");
		}
		jdbc.sql("""
				insert into community_post_report (post_id, reporter_id, reason, reported_at)
				values (:post, :reporter, :reason, :at) on conflict (post_id, reporter_id) do nothing""")
			.param("post", post)
			.param("reporter", reporter)
			.param("reason", text)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		var reports = jdbc.sql("select count(*) from community_post_report where post_id = :post")
			.param("post", post)
			.query(Long.class)
			.single();
		if (reports < TO_HOLD) {
			return false;
		}
		var held = jdbc.sql("update " + table + " set held = true where id = :post and not held")
			.param("post", post)
			.update() > 0;
		if (held) {
			audit.record(new MemberId(reporter), "DISCUSSION_POST_HELD", null,
					circle.name() + " : " + reports + " signalements");
		}
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Held> waiting(int max) {
		return jdbc.sql("""
				select * from (
				    select c.name as circle, '/circles/' || c.slug || '/discussions/' || d.id as path, d.title as title,
				           d.body_markdown as body, d.created_at as at,
				           (select count(*) from community_post_report r where r.post_id = d.id) as reports
				    from community_discussion d join community_circle c on c.id = d.circle_id
				    where d.held and not d.deleted
				    union all
				    select c.name, '/circles/' || c.slug || '/discussions/' || d.id || '#reponse-' || r.id, d.title,
				           r.body_markdown, r.created_at,
				           (select count(*) from community_post_report p where p.post_id = r.id)
				    from community_discussion_reply r join community_discussion d on d.id = r.discussion_id
				    join community_circle c on c.id = d.circle_id
				    where r.held and not r.deleted) held
				order by at limit :max""")
			.param("max", max)
			.query((row, number) -> new Held(row.getString("circle"), row.getString("path"), row.getString("title"),
					excerpt(row.getString("body")), row.getTimestamp("at").toInstant(), row.getInt("reports")))
			.list();
	}

	private static String excerpt(String body) {
		var text = body.replaceAll("\\s+", " ").strip();
		return text.length() <= 200 ? text : text.substring(0, 199) + "…";
	}

}
