package org.cercle.feed.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.feed.comment.CommentModeration;

/** The moderators' queue at {@code /manage/moderation} (moderators and admins). */
@Controller
class ModerationController {

	private final CommentModeration moderation;

	ModerationController(CommentModeration moderation) {
		this.moderation = moderation;
	}

	@GetMapping("/manage/moderation")
	String queue(Model model) {
		model.addAttribute("queue", moderation.queue());
		return "feed/comments/moderation";
	}

	@PostMapping("/manage/moderation/comments/{id}/approval")
	String approve(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		moderation.approve(id, UUID.fromString(authentication.getName()));
		return done(redirect, "feed.moderation.approved");
	}

	@PostMapping("/manage/moderation/comments/{id}/hiding")
	String hide(@PathVariable UUID id, @RequestParam(name = "reason", defaultValue = "") String reason,
			Authentication authentication, RedirectAttributes redirect) {
		moderation.hide(id, UUID.fromString(authentication.getName()), reason);
		return done(redirect, "feed.moderation.hidden-done");
	}

	@PostMapping("/manage/moderation/comments/{id}/restoration")
	String restore(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		moderation.restore(id, UUID.fromString(authentication.getName()));
		return done(redirect, "feed.moderation.restored");
	}

	@PostMapping("/manage/moderation/members/{handle}/stop")
	String stop(@PathVariable String handle, @RequestParam(name = "reason", defaultValue = "") String reason,
			Authentication authentication, RedirectAttributes redirect) {
		moderation.stop(handle, UUID.fromString(authentication.getName()), reason);
		return done(redirect, "feed.moderation.stopped");
	}

	@PostMapping("/manage/moderation/members/{handle}/allow")
	String allow(@PathVariable String handle, Authentication authentication, RedirectAttributes redirect) {
		moderation.allow(handle, UUID.fromString(authentication.getName()));
		return done(redirect, "feed.moderation.allowed");
	}

	private static String done(RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/manage/moderation";
	}

}
