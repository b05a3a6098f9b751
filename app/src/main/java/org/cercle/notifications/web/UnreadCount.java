package org.cercle.notifications.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.cercle.community.Viewer;
import org.cercle.notifications.inbox.Inbox;

/**
 * The unread count the header shows on every signed-in page (one indexed count; none for
 * anonymous readers, whose pages are cached for everyone).
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCount {

	private final Inbox inbox;

	UnreadCount(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadNotifications")
	@Nullable Long unread(@Nullable Authentication authentication) {
		var member = Viewer.member(authentication);
		return member == null ? null : inbox.unread(member);
	}

}
