package org.cercle.community.circle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;

/** What happened lately in a circle: members who joined, discussions started, replies. */
@Component
@Transactional(readOnly = true)
class CircleActivity {

	private final Memberships memberships;

	private final Discussions discussions;

	private final DiscussionReplies replies;

	private final Members members;

	CircleActivity(Memberships memberships, Discussions discussions, DiscussionReplies replies, Members members) {
		this.memberships = memberships;
		this.discussions = discussions;
		this.replies = replies;
		this.members = members;
	}

	List<CircleView.Activity> of(Circle circle, int count) {
		var joins = memberships.latestJoined(circle.id(), Limit.of(count));
		var started = discussions.newestOf(circle.id(), Limit.of(count));
		var answered = replies.latestIn(circle.id(), Limit.of(count));
		var threads = discussions.findAllById(answered.stream().map(DiscussionReply::discussionId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Discussion::id, Function.identity()));
		var ids = new ArrayList<UUID>();
		joins.forEach(m -> ids.add(m.memberId()));
		started.forEach(d -> ids.add(d.authorId()));
		answered.forEach(r -> ids.add(r.authorId()));
		var names = members.findAllById(ids).stream().collect(Collectors.toMap(Member::id, Member::displayName));
		var path = "/circles/" + circle.slug() + "/discussions/";
		var all = new ArrayList<CircleView.Activity>();
		joins.forEach(m -> all
			.add(new CircleView.Activity("JOINED", names.getOrDefault(m.memberId(), ""), null, null, m.since())));
		started.forEach(d -> all.add(new CircleView.Activity("STARTED", names.getOrDefault(d.authorId(), ""), d.title(),
				path + d.id(), d.createdAt())));
		answered.stream()
			.filter(r -> threads.containsKey(r.discussionId()))
			.forEach(r -> all.add(new CircleView.Activity("REPLIED", names.getOrDefault(r.authorId(), ""),
					threads.get(r.discussionId()).title(), path + r.discussionId() + "#reponse-" + r.id(),
					r.createdAt())));
		all.sort(Comparator.comparing(CircleView.Activity::at).reversed());
		return all.size() > count ? List.copyOf(all.subList(0, count)) : all;
	}

}
