package org.cercle.community.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Viewer;

import org.cercle.community.circle.CircleAccess;
import org.cercle.community.circle.CircleDiscussions;
import org.cercle.community.circle.CircleRefused;
import org.cercle.shared.web.RefusalStatus;
import org.cercle.shared.Refusal;
import org.cercle.community.circle.Discussions;

/**
 * Discussions in a circle. A refused post (empty, too long) comes back in its form with
 * its text and a French message, under a 4xx status.
 */
@Controller
class DiscussionController {

	private static final String FORM = "community/circles/discussion-form";

	private final CircleDiscussions discussions;

	private final CircleAccess access;

	private final org.cercle.community.circle.DiscussionReports reports;

	DiscussionController(CircleDiscussions discussions, CircleAccess access,
			org.cercle.community.circle.DiscussionReports reports) {
		this.reports = reports;
		this.discussions = discussions;
		this.access = access;
	}

	@GetMapping("/circles/{slug}/discussions/new")
	String newDiscussion(@PathVariable String slug, Authentication authentication, Model model) {
		var circle = access.circle(slug);
		access.of(circle, member(authentication), CircleController.moderates(authentication)).mustPost();
		return form(model, circle.name(), "/circles/" + slug + "/discussions", "", "", true);
	}

	@PostMapping("/circles/{slug}/discussions")
	String start(@PathVariable String slug, @RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "body", defaultValue = "") String body, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			var discussion = discussions.start(slug, member(authentication), CircleController.moderates(authentication),
					title, body);
			redirect.addFlashAttribute("notice",
					discussion.held() ? "community.discussion.held" : "community.discussion.started");
			return "redirect:/circles/" + slug + "/discussions/" + discussion.id();
		}
		catch (CircleRefused | org.cercle.community.SpamRefused refused) {
			return refusedForm(refused, response, model, slug, "/circles/" + slug + "/discussions", title, body, true);
		}
	}

	@GetMapping("/circles/{slug}/discussions/{id}")
	String show(@PathVariable String slug, @PathVariable UUID id, @Nullable Authentication authentication,
			Model model) {
		model.addAttribute("discussion", discussions.view(slug, id, Viewer.memberId(authentication),
				CircleController.moderates(authentication)));
		return "community/circles/discussion";
	}

	@PostMapping("/circles/{slug}/discussions/{id}/replies")
	String reply(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "body", defaultValue = "") String body, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			var reply = discussions.reply(slug, id, member(authentication), CircleController.moderates(authentication),
					body);
			if (reply.held()) {
				redirect.addFlashAttribute("notice", "community.discussion.held");
			}
			return "redirect:/circles/" + slug + "/discussions/" + id + "#reponse-" + reply.id();
		}
		catch (CircleRefused | org.cercle.community.SpamRefused refused) {
			return refusedForm(refused, response, model, slug, "/circles/" + slug + "/discussions/" + id + "/replies",
					"", body, false);
		}
	}

	@GetMapping({ "/circles/{slug}/discussions/{id}/edit", "/circles/{slug}/discussions/{id}/replies/{reply}/edit" })
	String edit(@PathVariable String slug, @PathVariable UUID id, @PathVariable(required = false) @Nullable UUID reply,
			Authentication authentication, Model model) {
		var editable = discussions.editable(slug, id, reply, member(authentication));
		return form(model, editable.circleName(), target(slug, id, reply),
				editable.title() == null ? "" : editable.title(), editable.body(), editable.title() != null);
	}

	@PostMapping({ "/circles/{slug}/discussions/{id}", "/circles/{slug}/discussions/{id}/replies/{reply}" })
	String save(@PathVariable String slug, @PathVariable UUID id, @PathVariable(required = false) @Nullable UUID reply,
			@RequestParam(name = "title", required = false) @Nullable String title,
			@RequestParam(name = "body", defaultValue = "") String body, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			discussions.edit(slug, id, reply, member(authentication),
					reply == null ? (title == null ? "" : title) : null, body);
			redirect.addFlashAttribute("notice", "community.discussion.edited");
			return "redirect:/circles/" + slug + "/discussions/" + id + (reply == null ? "" : "#reponse-" + reply);
		}
		catch (CircleRefused refused) {
			if (refused.kind() != Refusal.Kind.INVALID) {
				throw refused;
			}
			return refusedForm(refused, response, model, slug, target(slug, id, reply), title == null ? "" : title,
					body, reply == null);
		}
	}

	@PostMapping({ "/circles/{slug}/discussions/{id}/approval",
			"/circles/{slug}/discussions/{id}/replies/{reply}/approval" })
	String approve(@PathVariable String slug, @PathVariable UUID id,
			@PathVariable(required = false) @Nullable UUID reply, Authentication authentication,
			RedirectAttributes redirect) {
		discussions.approve(slug, id, reply, member(authentication), CircleController.moderates(authentication));
		redirect.addFlashAttribute("notice", "community.discussion.approved");
		return "redirect:/circles/" + slug + "/discussions/" + id + (reply == null ? "" : "#reponse-" + reply);
	}

	/**
	 * Reports a post with a reason; three reports hold it for a leader or a moderator.
	 */
	@PostMapping({ "/circles/{slug}/discussions/{id}/reports",
			"/circles/{slug}/discussions/{id}/replies/{reply}/reports" })
	String report(@PathVariable String slug, @PathVariable UUID id,
			@PathVariable(required = false) @Nullable UUID reply,
			@RequestParam(name = "reason", defaultValue = "") String reason, Authentication authentication,
			RedirectAttributes redirect) {
		var held = reports.report(slug, id, reply, member(authentication), CircleController.moderates(authentication),
				reason);
		redirect.addFlashAttribute("notice",
				held ? "community.discussion.reported-held" : "community.discussion.reported");
		return "redirect:/circles/" + slug + (held && reply == null ? "" : "/discussions/" + id);
	}

	@PostMapping({ "/circles/{slug}/discussions/{id}/deletion",
			"/circles/{slug}/discussions/{id}/replies/{reply}/deletion" })
	String delete(@PathVariable String slug, @PathVariable UUID id,
			@PathVariable(required = false) @Nullable UUID reply, Authentication authentication,
			RedirectAttributes redirect) {
		discussions.delete(slug, id, reply, member(authentication), CircleController.moderates(authentication));
		redirect.addFlashAttribute("notice", "community.discussion.deleted");
		return reply == null ? "redirect:/circles/" + slug : "redirect:/circles/" + slug + "/discussions/" + id;
	}

	private String refusedForm(Refusal refused, HttpServletResponse response, Model model, String slug, String action,
			String title, String body, boolean withTitle) {
		if (refused.kind() != Refusal.Kind.INVALID && refused.kind() != Refusal.Kind.TOO_MANY) {
			throw refused;
		}
		response.setStatus(RefusalStatus.of(refused).value()); // the text typed is kept
		model.addAttribute("error", refused.messageKey());
		return form(model, access.circle(slug).name(), action, title, body, withTitle);
	}

	private static String form(Model model, String circleName, String action, String title, String body,
			boolean withTitle) {
		model.addAttribute("circleName", circleName);
		model.addAttribute("action", action);
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		model.addAttribute("withTitle", withTitle);
		return FORM;
	}

	private static String target(String slug, UUID id, @Nullable UUID reply) {
		return "/circles/" + slug + "/discussions/" + id + (reply == null ? "" : "/replies/" + reply);
	}

	private static UUID member(Authentication authentication) {
		var id = Viewer.memberId(authentication);
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return id;
	}

}
