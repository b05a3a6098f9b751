package org.cercle.community.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Role;
import org.cercle.community.Viewer;

import org.cercle.community.circle.CircleDirectory;
import org.cercle.community.circle.Membership;

/**
 * The circle directory, a circle's page, and what members and circle leaders do there.
 */
@Controller
class CircleController {

	private final CircleDirectory circles;

	CircleController(CircleDirectory circles) {
		this.circles = circles;
	}

	@GetMapping("/circles")
	String directory(Model model) {
		model.addAttribute("circles", circles.directory());
		return "community/circles/directory";
	}

	@GetMapping("/circles/{slug}")
	String circle(@PathVariable String slug, @Nullable Authentication authentication, Model model) {
		model.addAttribute("circle", circles.view(slug, Viewer.memberId(authentication), moderates(authentication)));
		return "community/circles/detail";
	}

	@PostMapping("/circles/{slug}/membership")
	String join(@PathVariable String slug, @RequestParam(name = "message", required = false) @Nullable String message,
			Authentication authentication, RedirectAttributes redirect) {
		var state = circles.join(slug, UUID.fromString(authentication.getName()), message);
		return back(slug, redirect,
				state == Membership.State.ACTIVE ? "community.circle.joined" : "community.circle.requested");
	}

	@PostMapping("/circles/{slug}/membership/cancellation")
	String leave(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		circles.leave(slug, UUID.fromString(authentication.getName()));
		return back(slug, redirect, "community.circle.left");
	}

	@PostMapping("/circles/{slug}/requests/{handle}/approval")
	String approve(@PathVariable String slug, @PathVariable String handle, Authentication authentication,
			RedirectAttributes redirect) {
		circles.decide(slug, handle, UUID.fromString(authentication.getName()), moderates(authentication), true);
		return back(slug, redirect, "community.circle.approved");
	}

	@PostMapping("/circles/{slug}/requests/{handle}/refusal")
	String decline(@PathVariable String slug, @PathVariable String handle, Authentication authentication,
			RedirectAttributes redirect) {
		circles.decide(slug, handle, UUID.fromString(authentication.getName()), moderates(authentication), false);
		return back(slug, redirect, "community.circle.declined");
	}

	@PostMapping("/circles/{slug}/members/{handle}/removal")
	String remove(@PathVariable String slug, @PathVariable String handle, Authentication authentication,
			RedirectAttributes redirect) {
		circles.remove(slug, handle, UUID.fromString(authentication.getName()), moderates(authentication));
		return back(slug, redirect, "community.circle.removed");
	}

	@PostMapping("/circles/{slug}/members/{handle}/role")
	String changeRole(@PathVariable String slug, @PathVariable String handle,
			@RequestParam(name = "role", defaultValue = "") String role, Authentication authentication,
			RedirectAttributes redirect) {
		circles.changeRole(slug, handle, role, UUID.fromString(authentication.getName()), moderates(authentication));
		return back(slug, redirect, "community.circle.role-changed");
	}

	private static String back(String slug, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/circles/" + slug;
	}

	static boolean moderates(@Nullable Authentication authentication) {
		return Viewer.holds(authentication, Role.MODERATOR, Role.ADMIN);
	}

}
