package org.cercle.community.web;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Viewer;
import org.cercle.community.circle.DiscussionModeration;

/** Leaders and moderators hide a circle post with a reason, and restore it. */
@Controller
class DiscussionModerationController {

	private final DiscussionModeration moderation;

	DiscussionModerationController(DiscussionModeration moderation) {
		this.moderation = moderation;
	}

	@PostMapping({ "/circles/{slug}/discussions/{id}/hiding",
			"/circles/{slug}/discussions/{id}/replies/{reply}/hiding" })
	String hide(@PathVariable String slug, @PathVariable UUID id, @PathVariable(required = false) @Nullable UUID reply,
			@RequestParam(name = "reason", defaultValue = "") String reason, Authentication authentication,
			RedirectAttributes redirect) {
		moderation.hide(slug, id, reply, me(authentication), CircleController.moderates(authentication), reason);
		redirect.addFlashAttribute("notice", "community.discussion.hidden");
		return back(slug, id, reply);
	}

	@PostMapping({ "/circles/{slug}/discussions/{id}/restoring",
			"/circles/{slug}/discussions/{id}/replies/{reply}/restoring" })
	String restore(@PathVariable String slug, @PathVariable UUID id,
			@PathVariable(required = false) @Nullable UUID reply, Authentication authentication,
			RedirectAttributes redirect) {
		moderation.restore(slug, id, reply, me(authentication), CircleController.moderates(authentication));
		redirect.addFlashAttribute("notice", "community.discussion.restored");
		return back(slug, id, reply);
	}

	private static String back(String slug, UUID id, @Nullable UUID reply) {
		return "redirect:/circles/" + slug + "/discussions/" + id + (reply == null ? "" : "#reponse-" + reply);
	}

	private static UUID me(Authentication authentication) {
		return Objects.requireNonNull(Viewer.memberId(authentication));
	}

}
