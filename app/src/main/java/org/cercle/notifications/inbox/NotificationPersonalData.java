package org.cercle.notifications.inbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.community.PersonalData;

/**
 * A member's data export holds their notifications, their preferences and what they
 * follow.
 */
@Component
@Transactional(readOnly = true)
class NotificationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Preferences preferences;

	private final Follows follows;

	NotificationPersonalData(JdbcClient jdbc, Preferences preferences, Follows follows) {
		this.jdbc = jdbc;
		this.preferences = preferences;
		this.follows = follows;
	}

	@Override
	public String section() {
		return "notifications";
	}

	@Override
	public Object of(MemberId member) {
		var export = new LinkedHashMap<String, Object>();
		export.put("received",
				jdbc.sql("""
						select kind, path, args::text as args, created_at, read_at from notifications_notification
						where member_id = :member order by created_at desc""")
					.param("member", member.value())
					.query((rs, row) -> Map.of("kind", rs.getString("kind"), "path", rs.getString("path"), "details",
							rs.getString("args"), "at", rs.getTimestamp("created_at").toInstant().toString(), "read",
							rs.getTimestamp("read_at") != null))
					.list());
		var chosen = new LinkedHashMap<String, String>();
		preferences.of(member).forEach((kind, channel) -> chosen.put(kind.name(), channel.name()));
		export.put("preferences", chosen);
		export.put("follows",
				follows.of(member)
					.stream()
					.map(target -> Map.of("type", target.type().name(), "target", target.value()))
					.toList());
		return export;
	}

}
