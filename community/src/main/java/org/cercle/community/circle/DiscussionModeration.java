package org.cercle.community.circle;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberId;
import org.cercle.shared.Refusal.Kind;

/**
 * A circle's leaders (and the site's moderators, in every circle) hide a discussion or a
 * reply with a reason, shown in its place, and restore it; both go to the audit log, with
 * the author as the subject.
 */
@Service
@Transactional
public class DiscussionModeration {

	static final int REASON_MAX = 300;

	private final CircleAccess access;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	DiscussionModeration(CircleAccess access, JdbcClient jdbc, AuditTrail audit) {
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public void hide(String slug, UUID discussion, @Nullable UUID reply, UUID leader, boolean moderator,
			String reason) {
		var text = reason.strip();
		if (text.isEmpty() || text.length() > REASON_MAX) {
			throw new CircleRefused(Kind.INVALID, "community.discussion.hide-reason");
		}
		var circle = access.circle(slug);
		var author = authorOf(circle, discussion, reply);
		access.of(circle, leader, moderator).mustLead();
		jdbc.sql("update " + table(reply) + " set hidden_reason = :reason where id = :post")
			.param("reason", text)
			.param("post", reply != null ? reply : discussion)
			.update();
		audit.record(new MemberId(leader), "DISCUSSION_POST_HIDDEN", new MemberId(author),
				circle.name() + " : " + text);
	}

	public void restore(String slug, UUID discussion, @Nullable UUID reply, UUID leader, boolean moderator) {
		var circle = access.circle(slug);
		var author = authorOf(circle, discussion, reply);
		access.of(circle, leader, moderator).mustLead();
		var restored = jdbc
			.sql("update " + table(reply) + " set hidden_reason = null where id = :post and hidden_reason is not null")
			.param("post", reply != null ? reply : discussion)
			.update() > 0;
		if (restored) {
			audit.record(new MemberId(leader), "DISCUSSION_POST_RESTORED", new MemberId(author), circle.name());
		}
	}

	/** The post's author; an unknown post is a 404 before any right, as for reports. */
	private UUID authorOf(Circle circle, UUID discussion, @Nullable UUID reply) {
		return jdbc
			.sql("select author_id from " + table(reply) + " where id = :post and not deleted"
					+ (reply != null ? " and discussion_id = :discussion" : " and circle_id = :circle"))
			.param("post", reply != null ? reply : discussion)
			.param("discussion", discussion)
			.param("circle", circle.id())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new CircleRefused(Kind.NOT_FOUND, "community.discussion.not-found"));
	}

	private static String table(@Nullable UUID reply) {
		return reply != null ? "community_discussion_reply" : "community_discussion";
	}

}
