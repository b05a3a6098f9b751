package org.cercle.app.announcements;

import java.util.List;

import org.springframework.stereotype.Component;

import org.cercle.community.MemberActivity;
import org.cercle.community.MemberId;
import org.cercle.events.UpcomingEvents;
import org.cercle.feed.MemberComments;

/** A member's profile lists the events they will attend and their latest comments. */
@Component
class ProfileActivity implements MemberActivity {

	private final UpcomingEvents events;

	private final MemberComments comments;

	ProfileActivity(UpcomingEvents events, MemberComments comments) {
		this.events = events;
		this.comments = comments;
	}

	@Override
	public List<Item> upcomingEvents(MemberId member, int max) {
		return events.attendedBy(member, max)
			.stream()
			.map(event -> new Item(event.title(), event.path(), "", event.startsAt()))
			.toList();
	}

	@Override
	public List<Item> recentComments(MemberId member, int max) {
		return comments.recent(member, max)
			.stream()
			.map(comment -> new Item(comment.article(), comment.path(), comment.excerpt(), comment.at()))
			.toList();
	}

}
