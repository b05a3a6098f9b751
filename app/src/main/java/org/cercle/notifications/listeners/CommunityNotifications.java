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
import org.cercle.community.DiscussionStarted;
import org.cercle.notifications.inbox.Follows;

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

	private final Follows follows;

	CommunityNotifications(Inbox inbox, Mentions mentions, CircleCatalog circles, JdbcClient jdbc, Follows follows) {
		this.follows = follows;
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
			if (readable(reply.circle(), participant) && told.add(participant)) {
				inbox.notify(new Notice(participant, Kind.DISCUSSION_REPLY, source, reply.author(), reply.path(), args,
						circle, thread));
			}
		}
		var followed = new Follows.Target(Follows.Type.DISCUSSION, reply.circle().slug() + "/" + reply.discussion());
		for (var follower : follows.followersOf(followed)) {
			if (readable(reply.circle(), follower) && told.add(follower)) {
				inbox.notify(new Notice(follower, Kind.DISCUSSION_REPLY, source, reply.author(), reply.path(), args,
						circle, thread));
			}
		}
		for (var mentioned : mentions.in(reply.body())) {
			if (readable(reply.circle(), mentioned) && told.add(mentioned)) {
				inbox.notify(new Notice(mentioned, Kind.MENTION, source, reply.author(), reply.path(), args, circle,
						thread));
			}
		}
	}

	/**
	 * A new discussion: its circle's members hear of it unless they muted the circle, and
	 * so do those who follow a public circle without belonging to it.
	 */
	@ApplicationModuleListener
	void on(DiscussionStarted started) {
		var circle = started.circle();
		var source = "discussion:" + started.discussion();
		var thread = "discussion:" + started.discussion();
		var args = List.of("", started.title(), circle.name());
		var muted = follows.followersOf(new Follows.Target(Follows.Type.CIRCLE_MUTED, circle.id().value().toString()));
		var told = new HashSet<MemberId>();
		var audience = new java.util.LinkedHashSet<>(circles.members(circle.id()));
		if (!circle.privateCircle()) {
			audience
				.addAll(follows.followersOf(new Follows.Target(Follows.Type.CIRCLE, circle.id().value().toString())));
		}
		for (var mentioned : mentions.in(started.body())) {
			if (readable(circle, mentioned) && told.add(mentioned)) {
				inbox.notify(new Notice(mentioned, Kind.MENTION, source, started.author(), started.path(), args,
						circle.privateCircle() ? circle.id() : null, thread));
			}
		}
		for (var member : audience) {
			if (!muted.contains(member) && told.add(member)) {
				inbox.notify(new Notice(member, Kind.CIRCLE_DISCUSSION, source, started.author(), started.path(), args,
						circle.privateCircle() ? circle.id() : null, thread));
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

	private boolean readable(org.cercle.community.CircleRef circle, MemberId member) {
		return !circle.privateCircle() || circles.readableBy(member, List.of(circle.id())).contains(circle.id());
	}

}
