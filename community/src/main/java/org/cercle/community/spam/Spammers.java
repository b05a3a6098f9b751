package org.cercle.community.spam;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberId;
import org.cercle.community.MemberMarkedAsSpammer;
import org.cercle.community.SpamRefused;
import org.cercle.community.member.Member;
import org.cercle.community.member.Members;

/**
 * Marks a member as a spammer in one action: the account is suspended, their discussions
 * and replies are held (seen again only if a circle leader approves them), the other
 * modules hide the rest ({@link MemberMarkedAsSpammer}), and the audit log keeps it.
 */
@Service
@Transactional
public class Spammers {

	private final Members members;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Spammers(Members members, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.members = members;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** Returns the member, whose sessions the caller then ends. */
	public Member mark(UUID moderator, String handle) {
		var member = members.findByHandle(handle)
			.filter(found -> found.status() != Member.Status.DELETED)
			.orElseThrow(() -> new SpamRefused(org.cercle.shared.Refusal.Kind.NOT_FOUND,
					"community.error.member-not-found"));
		if (member.id().equals(moderator)) {
			throw new SpamRefused(org.cercle.shared.Refusal.Kind.CONFLICT, "community.spam.not-yourself");
		}
		if (member.isActive()) {
			member.suspend();
		}
		var discussions = jdbc.sql("update community_discussion set held = true where author_id = :m and not held")
			.param("m", member.id())
			.update();
		var replies = jdbc.sql("update community_discussion_reply set held = true where author_id = :m and not held")
			.param("m", member.id())
			.update();
		audit.record(new MemberId(moderator), "MEMBER_MARKED_SPAMMER", new MemberId(member.id()),
				discussions + " + " + replies);
		events.publishEvent(new MemberMarkedAsSpammer(new MemberId(member.id())));
		return member;
	}

}
