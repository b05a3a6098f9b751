package org.cercle.community.circle;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.community.PersonalData;

/**
 * The discussions a member started and their replies in circles, in the export of their
 * data.
 */
@Component
@Transactional(readOnly = true)
class DiscussionPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	DiscussionPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "discussions";
	}

	@Override
	public Object of(MemberId member) {
		var started = jdbc
			.sql("""
					select c.name as circle, d.title, d.body_markdown as text, d.created_at as at, d.edited_at as edited, d.deleted
					from community_discussion d join community_circle c on c.id = d.circle_id
					where d.author_id = :member order by d.created_at""")
			.param("member", member.value())
			.query(Started.class)
			.list();
		var replies = jdbc.sql("""
				select c.name as circle, d.title as discussion, r.body_markdown as text, r.created_at as at,
				       r.edited_at as edited, r.deleted
				from community_discussion_reply r
				join community_discussion d on d.id = r.discussion_id
				join community_circle c on c.id = d.circle_id
				where r.author_id = :member order by r.created_at""")
			.param("member", member.value())
			.query(Reply.class)
			.list();
		return new Exported(started, replies);
	}

	record Exported(List<Started> started, List<Reply> replies) {
	}

	record Started(String circle, String title, String text, OffsetDateTime at, @Nullable OffsetDateTime edited,
			boolean deleted) {
	}

	record Reply(String circle, String discussion, String text, OffsetDateTime at, @Nullable OffsetDateTime edited,
			boolean deleted) {
	}

}
