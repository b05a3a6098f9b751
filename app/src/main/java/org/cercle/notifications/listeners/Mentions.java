package org.cercle.notifications.listeners;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;

/**
 * The members a text mentions as {@code @handle}; unknown handles are no one. Ten at
 * most.
 */
@Component
class Mentions {

	static final Pattern HANDLE = Pattern.compile("(?<![\\w@/])@([A-Za-z0-9_-]{3,30})\\b");

	private final MemberDirectory members;

	Mentions(MemberDirectory members) {
		this.members = members;
	}

	Set<MemberId> in(String text) {
		var handles = new LinkedHashSet<String>();
		var matcher = HANDLE.matcher(text);
		while (matcher.find() && handles.size() < 10) {
			handles.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
		}
		var found = new LinkedHashSet<MemberId>();
		handles.forEach(handle -> members.findByHandle(handle).ifPresent(member -> found.add(member.id())));
		return found;
	}

}
