package org.cercle.notifications.listeners;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.community.CircleCatalog;
import org.cercle.community.CircleJoinRequested;
import org.cercle.community.CircleLeft;
import org.cercle.community.CircleRequestDecided;
import org.cercle.community.DiscussionReplied;
import org.cercle.community.MemberDeleted;
import org.cercle.community.MemberId;
import org.cercle.notifications.inbox.Inbox;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Notice;

/**
 * What the community's events tell whom: a reply in a discussion one started or replied
 * to, a mention there, a request to join a circle one leads, the answer to one's own
 * request. A private circle's content reaches only those who may read it, and leaves with
 * them.
 */
@Component
class CommunityNotifications {

	private final Inbox inbox;

	private final Mentions mentions;

	private final CircleCatalog circles;

	private final JdbcClient jdbc;

	CommunityNotifications(Inbox inbox, Mentions mentions, CircleCatalog circles, JdbcClient jdbc) {
		this.inbox = inbox;
		this.mentions = mentions;
		this.circles = circles;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(DiscussionReplied reply) {
		var source = "discussion-reply:" + reply.reply();
		var thread = "discussion:" + reply.discussion();
		var circle = reply.circle().privateCircle() ? reply.circle().id() : null;
		var args = List.of("", reply.title(), reply.circle().name());
		var told = new HashSet<MemberId>();
		for (var participant : reply.participants()) {
			if (readable(reply, participant) && told.add(participant)) {
				inbox.notify(new Notice(participant, Kind.DISCUSSION_REPLY, source, reply.author(), reply.path(), args,
						circle, thread));
			}
		}
		for (var mentioned : mentions.in(reply.body())) {
			if (readable(reply, mentioned) && told.add(mentioned)) {
				inbox.notify(new Notice(mentioned, Kind.MENTION, source, reply.author(), reply.path(), args, circle,
						thread));
			}
		}
	}

	@ApplicationModuleListener
	void on(CircleJoinRequested request) {
		var source = "join-request:" + request.circle().id().value() + ":" + request.member().value() + ":"
				+ UUID.randomUUID();
		for (var leader : request.leaders()) {
			inbox.notify(new Notice(leader, Kind.CIRCLE_REQUEST, source, request.member(), request.circle().path(),
					List.of("", request.circle().name()), null, null));
		}
	}

	@ApplicationModuleListener
	void on(CircleRequestDecided decision) {
		inbox.notify(new Notice(decision.member(), Kind.CIRCLE_DECISION,
				"join-decision:" + decision.circle().id().value() + ":" + decision.member().value() + ":"
						+ UUID.randomUUID(),
				decision.decidedBy(), decision.circle().path(),
				List.of(decision.accepted() ? "accepted" : "declined", decision.circle().name()), null, null));
	}

	/** What a member was told of a private circle goes when they leave it. */
	@ApplicationModuleListener
	void on(CircleLeft left) {
		jdbc.sql("delete from notifications_notification where member_id = :member and circle_id = :circle")
			.param("member", left.member().value())
			.param("circle", left.circle().value())
			.update();
	}

	@ApplicationModuleListener
	void on(MemberDeleted deleted) {
		inbox.forget(deleted.memberId());
	}

	private boolean readable(DiscussionReplied reply, MemberId member) {
		return !reply.circle().privateCircle()
				|| circles.readableBy(member, List.of(reply.circle().id())).contains(reply.circle().id());
	}

}
