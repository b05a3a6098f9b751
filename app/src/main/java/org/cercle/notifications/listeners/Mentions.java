package org.cercle.notifications.listeners;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.shared.MentionLinks;

/**
 * The members a text mentions as {@code @handle} (the handles {@link MentionLinks} finds,
 * as pages link them); unknown handles are no one. Ten at most.
 */
@Component
class Mentions {

	private final MemberDirectory members;

	Mentions(MemberDirectory members) {
		this.members = members;
	}

	Set<MemberId> in(String text) {
		var found = new LinkedHashSet<MemberId>();
		MentionLinks.handlesIn(text)
			.stream()
			.limit(10)
			.forEach(handle -> members.findByHandle(handle).ifPresent(member -> found.add(member.id())));
		return found;
	}

}
