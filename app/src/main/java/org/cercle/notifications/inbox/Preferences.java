package org.cercle.notifications.inbox;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;

/**
 * Each member's choice, per kind of notification: off, in the site, or in the site and by
 * e-mail.
 */
@Service
@Transactional
public class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Channel channel(MemberId member, Kind kind) {
		return jdbc.sql("select channel from notifications_preference where member_id = :member and kind = :kind")
			.param("member", member.value())
			.param("kind", kind.name())
			.query(String.class)
			.optional()
			.map(Channel::valueOf)
			.orElse(kind.byDefault());
	}

	/**
	 * Every kind with the member's channel for it (the default where they chose nothing).
	 */
	@Transactional(readOnly = true)
	public Map<Kind, Channel> of(MemberId member) {
		var all = new EnumMap<Kind, Channel>(Kind.class);
		for (var kind : Kind.values()) {
			all.put(kind, kind.byDefault());
		}
		jdbc.sql("select kind, channel from notifications_preference where member_id = :member")
			.param("member", member.value())
			.query((rs, row) -> all.put(Kind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel"))))
			.list();
		return all;
	}

	public void choose(MemberId member, Kind kind, Channel channel) {
		jdbc.sql("""
				insert into notifications_preference (member_id, kind, channel) values (:member, :kind, :channel)
				on conflict (member_id, kind) do update set channel = excluded.channel""")
			.param("member", member.value())
			.param("kind", kind.name())
			.param("channel", channel.name())
			.update();
	}

	@Transactional(readOnly = true)
	public ReminderLead reminderLead(MemberId member) {
		return jdbc.sql("select lead from notifications_reminder_lead where member_id = :member")
			.param("member", member.value())
			.query(String.class)
			.optional()
			.map(ReminderLead::valueOf)
			.orElse(ReminderLead.H24);
	}

	public void chooseReminderLead(MemberId member, ReminderLead lead) {
		jdbc.sql("""
				insert into notifications_reminder_lead (member_id, lead) values (:member, :lead)
				on conflict (member_id) do update set lead = excluded.lead""")
			.param("member", member.value())
			.param("lead", lead.name())
			.update();
	}

	/**
	 * No more e-mail of that kind (still in the site): what a one-click unsubscribe does.
	 */
	public void stopEmails(MemberId member, Kind kind) {
		if (channel(member, kind) == Channel.EMAIL) {
			choose(member, kind, Channel.SITE);
		}
	}

}
