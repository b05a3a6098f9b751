package org.cercle.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;

/** What members follow: tags (by slug) and authors (by member id). */
@Service
@Transactional
public class Follows {

	public enum Type {

		TAG, AUTHOR,
		/**
		 * A circle's new discussions, for someone who is not a member of that public
		 * circle.
		 */
		CIRCLE,
		/** A member who does not want to hear of their circle's new discussions. */
		CIRCLE_MUTED,
		/** A discussion's replies; the value is {@code <circle slug>/<discussion id>}. */
		DISCUSSION

	}

	/** Something followed. */
	public record Target(Type type, String value) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Follows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void follow(MemberId member, Target target) {
		jdbc.sql("""
				insert into notifications_follow (member_id, target_type, target, created_at)
				values (:member, :type, :target, :now) on conflict do nothing""")
			.param("member", member.value())
			.param("type", target.type().name())
			.param("target", target.value())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	public void unfollow(MemberId member, Target target) {
		jdbc.sql(
				"delete from notifications_follow where member_id = :member and target_type = :type and target = :target")
			.param("member", member.value())
			.param("type", target.type().name())
			.param("target", target.value())
			.update();
	}

	@Transactional(readOnly = true)
	public boolean follows(MemberId member, Target target) {
		return jdbc.sql("""
				select exists (select 1 from notifications_follow
				               where member_id = :member and target_type = :type and target = :target)""")
			.param("member", member.value())
			.param("type", target.type().name())
			.param("target", target.value())
			.query(Boolean.class)
			.single();
	}

	/** Who follows that. */
	@Transactional(readOnly = true)
	public java.util.Set<MemberId> followersOf(Target target) {
		return jdbc.sql("select member_id from notifications_follow where target_type = :type and target = :target")
			.param("type", target.type().name())
			.param("target", target.value())
			.query(java.util.UUID.class)
			.stream()
			.map(MemberId::new)
			.collect(java.util.stream.Collectors.toSet());
	}

	@Transactional(readOnly = true)
	public List<Target> of(MemberId member) {
		return jdbc.sql("""
				select target_type, target from notifications_follow where member_id = :member
				order by target_type, created_at""")
			.param("member", member.value())
			.query((rs, row) -> new Target(Type.valueOf(rs.getString("target_type")), rs.getString("target")))
			.list();
	}

}
