package org.cercle.feed.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Role;
import org.cercle.community.Viewer;
import org.cercle.feed.Link;

import org.cercle.feed.comment.Comment;
import org.cercle.feed.comment.CommentedArticles;
import org.cercle.feed.comment.CommentRefused;
import org.cercle.feed.comment.Commenting;
import org.cercle.shared.web.RefusalStatus;

/**
 * Members' comment forms. A refused comment comes back in a form of its own, with its
 * text and a French message, under the status that says why (400, 403, 409, 429).
 */
@Controller
class CommentController {

	private final Commenting commenting;

	private final CommentedArticles articles;

	private final org.cercle.community.FormTimer formTimer;

	CommentController(Commenting commenting, CommentedArticles articles, org.cercle.community.FormTimer formTimer) {
		this.formTimer = formTimer;
		this.commenting = commenting;
		this.articles = articles;
	}

	@PostMapping("/articles/{slug}/comments")
	String post(@PathVariable String slug, @RequestParam(name = "body", defaultValue = "") String body,
			@RequestParam(name = "parent", required = false) @Nullable UUID parent,
			@RequestParam(name = org.cercle.community.FormTimer.HONEYPOT, required = false) @Nullable String honeypot,
			@RequestParam(name = org.cercle.community.FormTimer.SHOWN_AT, required = false) @Nullable String shownAt,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			formTimer.check(honeypot, shownAt);
			var comment = commenting.post(slug, member(authentication), parent, body,
					Viewer.holds(authentication, Role.MODERATOR, Role.ADMIN, Role.AUTHOR));
			redirect.addFlashAttribute("notice",
					comment.status() == Comment.Status.PENDING ? "feed.comment.pending" : "feed.comment.published");
			return "redirect:/articles/" + slug + "#commentaire-" + comment.id();
		}
		catch (CommentRefused | org.cercle.community.SpamRefused refused) {
			return form(slug, null, parent, body, refused, model, response);
		}
	}

	@GetMapping("/articles/{slug}/comments/{id}/edit")
	String editForm(@PathVariable String slug, @PathVariable UUID id, Authentication authentication, Model model) {
		var comment = commenting.ownComment(slug, id, member(authentication));
		model.addAttribute("article", target(slug));
		model.addAttribute("commentId", id);
		model.addAttribute("body", comment.bodyMarkdown());
		return "feed/comments/form";
	}

	@PostMapping("/articles/{slug}/comments/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "body", defaultValue = "") String body, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			commenting.edit(slug, id, member(authentication), body);
			redirect.addFlashAttribute("notice", "feed.comment.edited");
			return "redirect:/articles/" + slug + "#commentaire-" + id;
		}
		catch (CommentRefused refused) {
			return form(slug, id, null, body, refused, model, response);
		}
	}

	@PostMapping("/articles/{slug}/comments/{id}/deletion")
	String delete(@PathVariable String slug, @PathVariable UUID id, Authentication authentication,
			RedirectAttributes redirect) {
		commenting.delete(slug, id, member(authentication));
		redirect.addFlashAttribute("notice", "feed.comment.deleted");
		return "redirect:/articles/" + slug + "#commentaires";
	}

	@PostMapping("/articles/{slug}/comments/{id}/reports")
	String report(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "reason", defaultValue = "") String reason, Authentication authentication,
			RedirectAttributes redirect) {
		commenting.report(slug, id, member(authentication), reason);
		redirect.addFlashAttribute("notice", "feed.comment.reported");
		return "redirect:/articles/" + slug + "#commentaire-" + id;
	}

	@PostMapping("/articles/{slug}/comments/closure")
	String close(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		commenting.setClosed(slug, member(authentication), Viewer.holds(authentication, Role.ADMIN), true);
		redirect.addFlashAttribute("notice", "feed.comment.closed-now");
		return "redirect:/articles/" + slug + "#commentaires";
	}

	@PostMapping("/articles/{slug}/comments/reopening")
	String reopen(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		commenting.setClosed(slug, member(authentication), Viewer.holds(authentication, Role.ADMIN), false);
		redirect.addFlashAttribute("notice", "feed.comment.reopened");
		return "redirect:/articles/" + slug + "#commentaires";
	}

	private String form(String slug, @Nullable UUID commentId, @Nullable UUID parent, String body,
			org.cercle.shared.Refusal refused, Model model, HttpServletResponse response) {
		var article = articles.published(slug).orElse(null);
		if (article == null) {
			throw refused;
		}
		response.setStatus(RefusalStatus.of(refused).value());
		model.addAttribute("article", new Link(article.title(), article.path()));
		model.addAttribute("commentId", commentId);
		model.addAttribute("parent", parent);
		model.addAttribute("body", body);
		model.addAttribute("error", refused.messageKey());
		return "feed/comments/form";
	}

	private Link target(String slug) {
		var article = articles.published(slug).orElseThrow();
		return new Link(article.title(), article.path());
	}

	private static UUID member(Authentication authentication) {
		var id = Viewer.memberId(authentication);
		if (id == null) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
		}
		return id;
	}

}
