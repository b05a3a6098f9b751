package org.cercle.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleId;
import org.cercle.community.MemberId;

/**
 * Members' notifications in PostgreSQL: written from domain events (never to the member
 * who caused them, never twice for one fact, never when the member turned that kind off),
 * read newest first, marked read.
 */
@Service
@Transactional
public class Inbox {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Preferences preferences;

	private final Clock clock;

	Inbox(JdbcClient jdbc, Preferences preferences, Clock clock) {
		this.jdbc = jdbc;
		this.preferences = preferences;
		this.clock = clock;
	}

	/**
	 * Writes the notification, as the member's preference for its kind says; true when
	 * written.
	 */
	public boolean notify(Notice notice) {
		if (notice.member().equals(notice.actor())) {
			return false;
		}
		var channel = preferences.channel(notice.member(), notice.kind());
		if (channel == Channel.OFF) {
			return false;
		}
		return jdbc
			.sql("""
					insert into notifications_notification (id, member_id, kind, source_key, actor_id, path, args, circle_id,
					    thread_key, created_at, email_state)
					values (:id, :member, :kind, :source, :actor, :path, cast(:args as jsonb), :circle, :thread, :now, :email)
					on conflict (member_id, source_key) do nothing""")
			.param("id", UUID.randomUUID())
			.param("member", notice.member().value())
			.param("kind", notice.kind().name())
			.param("source", notice.source())
			.param("actor", notice.actor() == null ? null : notice.actor().value())
			.param("path", notice.path())
			.param("args", JSON.writeValueAsString(notice.args()))
			.param("circle", notice.circle() == null ? null : notice.circle().value())
			.param("thread", notice.thread())
			.param("now", Timestamp.from(clock.instant()))
			.param("email", channel == Channel.EMAIL ? "PENDING" : "NONE")
			.update() == 1;
	}

	/**
	 * Writes one notification to every follower of a tag or an author (in one statement,
	 * so a thousand followers cost one round trip), as each one's preference says, never
	 * to the actor; returns how many were written.
	 */
	public int notifyFollowers(List<Follows.Target> targets, Kind kind, String source, MemberId actor, String path,
			List<String> args) {
		var now = Timestamp.from(clock.instant());
		var types = targets.stream().map(target -> target.type().name()).toArray(String[]::new);
		var values = targets.stream().map(Follows.Target::value).toArray(String[]::new);
		return jdbc
			.sql("""
					insert into notifications_notification (id, member_id, kind, source_key, actor_id, path, args,
					    created_at, email_state)
					select gen_random_uuid(), f.member_id, :kind, :source, :actor, :path, cast(:args as jsonb), :now,
					       case coalesce(p.channel, :default) when 'EMAIL' then 'PENDING' else 'NONE' end
					from (select distinct member_id from notifications_follow
					      where (target_type, target) in (select * from unnest(cast(:types as text[]), cast(:values as text[])))) f
					left join notifications_preference p on p.member_id = f.member_id and p.kind = :kind
					where f.member_id <> :actor and coalesce(p.channel, :default) <> 'OFF'
					on conflict (member_id, source_key) do nothing""")
			.param("kind", kind.name())
			.param("source", source)
			.param("actor", actor.value())
			.param("path", path)
			.param("args", JSON.writeValueAsString(args))
			.param("now", now)
			.param("default", kind.byDefault().name())
			.param("types", types)
			.param("values", values)
			.update();
	}

	/**
	 * Shown in every signed-in page's header, so kept until something changes (the
	 * notifications table counts as content: see the app's ContentCaches).
	 */
	@Transactional(readOnly = true)
	@org.springframework.cache.annotation.Cacheable(cacheNames = "unread-counts", sync = true)
	public long unread(MemberId member) {
		return jdbc.sql("select count(*) from notifications_notification where member_id = :member and read_at is null")
			.param("member", member.value())
			.query(Long.class)
			.single();
	}

	/**
	 * A page of the member's notifications, newest first, older than the cursor when
	 * given.
	 */
	@Transactional(readOnly = true)
	public List<Entry> page(MemberId member, @Nullable Instant beforeAt, @Nullable UUID beforeId, int size) {
		return jdbc.sql("""
				select id, kind, actor_id, path, args::text as args, circle_id, created_at, read_at
				from notifications_notification
				where member_id = :member
				  and (cast(:at as timestamptz) is null or (created_at, id) < (cast(:at as timestamptz), :id))
				order by created_at desc, id desc limit :size""")
			.param("member", member.value())
			.param("at", beforeAt == null ? null : Timestamp.from(beforeAt))
			.param("id", beforeId == null ? new UUID(0, 0) : beforeId)
			.param("size", size)
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
					rs.getObject("actor_id", UUID.class) == null ? null
							: new MemberId(rs.getObject("actor_id", UUID.class)),
					rs.getString("path"), JSON.readValue(rs.getString("args"), new TypeReference<List<String>>() {
					}),
					rs.getObject("circle_id", UUID.class) == null ? null
							: new CircleId(rs.getObject("circle_id", UUID.class)),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
			.list();
	}

	/**
	 * Marks one of the member's notifications read; returns where it points, if it is
	 * theirs.
	 */
	public java.util.Optional<String> open(MemberId member, UUID id) {
		return jdbc.sql("""
				update notifications_notification set read_at = coalesce(read_at, :now)
				where id = :id and member_id = :member returning path""")
			.param("id", id)
			.param("member", member.value())
			.param("now", Timestamp.from(clock.instant()))
			.query(String.class)
			.optional();
	}

	public int markAllRead(MemberId member) {
		return jdbc.sql("""
				update notifications_notification set read_at = :now where member_id = :member and read_at is null""")
			.param("member", member.value())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Everything about the member, when their account is deleted. */
	public void forget(MemberId member) {
		jdbc.sql("delete from notifications_notification where member_id = :member")
			.param("member", member.value())
			.update();
		jdbc.sql("delete from notifications_preference where member_id = :member")
			.param("member", member.value())
			.update();
		jdbc.sql(
				"delete from notifications_follow where member_id = :member or (target_type = 'AUTHOR' and target = :id)")
			.param("member", member.value())
			.param("id", member.value().toString())
			.update();
	}

	/** One notification as the centre lists it. */
	public record Entry(UUID id, Kind kind, @Nullable MemberId actor, String path, List<String> args,
			@Nullable CircleId circle, Instant at, boolean read) {
	}

}
