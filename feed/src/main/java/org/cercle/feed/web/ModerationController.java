package org.cercle.feed.web;

import java.util.List;
import java.util.UUID;

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

import org.cercle.feed.comment.CommentModeration;
import org.cercle.feed.comment.ModerationQueue;

/** The moderators' queue at {@code /manage/moderation} (moderators and admins). */
@Controller
class ModerationController {

	private final CommentModeration moderation;

	private final org.cercle.community.HeldPosts heldPosts;

	ModerationController(CommentModeration moderation, org.cercle.community.HeldPosts heldPosts) {
		this.heldPosts = heldPosts;
		this.moderation = moderation;
	}

	/** Items shown a page within each list. */
	static final int PAGE_SIZE = 20;

	static final List<String> LISTS = List.of("pending", "held", "reported", "hidden");

	/** The list of circle posts on hold (first posts, or three reports). */
	static final String CIRCLES = "circles";

	/**
	 * The queue, every list or one ({@code liste}), {@value #PAGE_SIZE} items a page,
	 * with each list's count for the tabs.
	 */
	@GetMapping("/manage/moderation")
	String queue(@RequestParam(name = "liste", defaultValue = "") String list,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		if (!list.isEmpty() && !LISTS.contains(list) && !CIRCLES.equals(list) || page < 1 || page > 100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "feed.moderation.bad-list");
		}
		var queue = moderation.queue();
		var parts = LISTS.stream()
			.filter(name -> list.isEmpty() || name.equals(list))
			.map(name -> Part.of(name, items(queue, name), list.isEmpty() ? 1 : page))
			.toList();
		model.addAttribute("queue", queue);
		var circlePosts = heldPosts.waiting(PAGE_SIZE * 5);
		model.addAttribute("circlePosts", list.isEmpty() || CIRCLES.equals(list) ? circlePosts : List.of());
		model.addAttribute("circleCount", circlePosts.size());
		model.addAttribute("parts", parts);
		model.addAttribute("list", list);
		model.addAttribute("counts",
				LISTS.stream()
					.collect(java.util.stream.Collectors.toMap(name -> name, name -> items(queue, name).size(),
							(a, b) -> a, java.util.LinkedHashMap::new)));
		return "feed/comments/moderation";
	}

	/** Approves the checked waiting comments at once. */
	@PostMapping("/manage/moderation/comments/approvals")
	String approveAll(@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
			Authentication authentication, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("notice", "feed.moderation.none-selected");
			return "redirect:/manage/moderation?liste=pending";
		}
		ids.stream().distinct().limit(PAGE_SIZE * 5L).forEach(id -> {
			try {
				moderation.approve(id, UUID.fromString(authentication.getName()));
			}
			catch (org.cercle.shared.Refusal alreadyDone) {
				// approved or hidden meanwhile by another moderator: nothing to do
			}
		});
		redirect.addFlashAttribute("notice", "feed.moderation.approved-all");
		return "redirect:/manage/moderation?liste=pending";
	}

	@PostMapping("/manage/moderation/comments/{id}/approval")
	String approve(@PathVariable UUID id, @RequestParam(name = "liste", defaultValue = "") String list,
			@RequestParam(name = "suivant", required = false) @Nullable UUID next, Authentication authentication,
			RedirectAttributes redirect) {
		moderation.approve(id, UUID.fromString(authentication.getName()));
		return done(redirect, "feed.moderation.approved", list, next);
	}

	@PostMapping("/manage/moderation/comments/{id}/hiding")
	String hide(@PathVariable UUID id, @RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "liste", defaultValue = "") String list,
			@RequestParam(name = "suivant", required = false) @Nullable UUID next, Authentication authentication,
			RedirectAttributes redirect) {
		moderation.hide(id, UUID.fromString(authentication.getName()), reason);
		return done(redirect, "feed.moderation.hidden-done", list, next);
	}

	@PostMapping("/manage/moderation/comments/{id}/restoration")
	String restore(@PathVariable UUID id, @RequestParam(name = "liste", defaultValue = "") String list,
			@RequestParam(name = "suivant", required = false) @Nullable UUID next, Authentication authentication,
			RedirectAttributes redirect) {
		moderation.restore(id, UUID.fromString(authentication.getName()));
		return done(redirect, "feed.moderation.restored", list, next);
	}

	@PostMapping("/manage/moderation/members/{handle}/stop")
	String stop(@PathVariable String handle, @RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "liste", defaultValue = "") String list,
			@RequestParam(name = "suivant", required = false) @Nullable UUID next, Authentication authentication,
			RedirectAttributes redirect) {
		moderation.stop(handle, UUID.fromString(authentication.getName()), reason);
		return done(redirect, "feed.moderation.stopped", list, next);
	}

	@PostMapping("/manage/moderation/members/{handle}/allow")
	String allow(@PathVariable String handle, Authentication authentication, RedirectAttributes redirect) {
		moderation.allow(handle, UUID.fromString(authentication.getName()));
		return done(redirect, "feed.moderation.allowed", "", null);
	}

	/**
	 * Back to the list the moderator was working through, at the item that followed the
	 * one just handled (or at the list's top).
	 */
	private static String done(RedirectAttributes redirect, String notice, String list, @Nullable UUID next) {
		redirect.addFlashAttribute("notice", notice);
		var target = LISTS.contains(list) ? "/manage/moderation?liste=" + list : "/manage/moderation";
		var anchor = next != null ? "#item-" + next : LISTS.contains(list) ? "#queue-" + list : "";
		return "redirect:" + target + anchor;
	}

	private static List<ModerationQueue.Item> items(ModerationQueue queue, String list) {
		return switch (list) {
			case "pending" -> queue.pending();
			case "held" -> queue.held();
			case "reported" -> queue.reported();
			default -> queue.hidden();
		};
	}

	/** One list as the page shows it: a page of its items, and whether more follow. */
	public record Part(String name, int total, List<ModerationQueue.Item> items, int page, boolean more) {

		static Part of(String name, List<ModerationQueue.Item> all, int page) {
			var from = Math.min((page - 1) * PAGE_SIZE, all.size());
			var to = Math.min(from + PAGE_SIZE, all.size());
			return new Part(name, all.size(), all.subList(from, to), page, all.size() > to);
		}

		/** The item after this one in the page, where the moderator goes next. */
		public @Nullable UUID after(ModerationQueue.Item item) {
			var index = items.indexOf(item);
			return index >= 0 && index + 1 < items.size() ? items.get(index + 1).id() : null;
		}

	}

}
