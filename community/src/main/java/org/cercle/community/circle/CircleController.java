package org.cercle.community.circle;

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

import org.cercle.community.Viewer;

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
		model.addAttribute("circle", circles.view(slug, memberId(authentication), moderates(authentication)));
		return "community/circles/detail";
	}

	@PostMapping("/circles/{slug}/membership")
	String join(@PathVariable String slug, @RequestParam(name = "message", required = false) @Nullable String message,
			Authentication authentication, RedirectAttributes redirect) {
		var state = circles.join(slug, UUID.fromString(authentication.getName()), message);
		redirect.addFlashAttribute("notice",
				state == Membership.State.ACTIVE ? "community.circle.joined" : "community.circle.requested");
		return "redirect:/circles/" + slug;
	}

	@PostMapping("/circles/{slug}/membership/cancellation")
	String leave(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		circles.leave(slug, UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "community.circle.left");
		return "redirect:/circles/" + slug;
	}

	@PostMapping("/circles/{slug}/requests/{handle}/approval")
	String approve(@PathVariable String slug, @PathVariable String handle, Authentication authentication,
			RedirectAttributes redirect) {
		circles.decide(slug, handle, UUID.fromString(authentication.getName()), moderates(authentication), true);
		redirect.addFlashAttribute("notice", "community.circle.approved");
		return "redirect:/circles/" + slug;
	}

	@PostMapping("/circles/{slug}/requests/{handle}/refusal")
	String decline(@PathVariable String slug, @PathVariable String handle, Authentication authentication,
			RedirectAttributes redirect) {
		circles.decide(slug, handle, UUID.fromString(authentication.getName()), moderates(authentication), false);
		redirect.addFlashAttribute("notice", "community.circle.declined");
		return "redirect:/circles/" + slug;
	}

	@GetMapping("/manage/circles")
	String manage(Model model) {
		model.addAttribute("circles", circles.directory());
		return "community/circles/manage";
	}

	@PostMapping("/manage/circles")
	String create(@RequestParam(name = "name", defaultValue = "") String name,
			@RequestParam(name = "description", defaultValue = "") String description,
			@RequestParam(name = "visibility", defaultValue = "PUBLIC") String visibility, Authentication authentication,
			Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		if (name.isBlank() || name.length() > 100 || description.isBlank() || description.length() > 2000) {
			response.setStatus(400);
			model.addAttribute("circles", circles.directory());
			model.addAttribute("error", "community.circle.form-invalid");
			return "community/circles/manage";
		}
		var circle = circles.create(name.strip(), description.strip(), "PRIVATE".equals(visibility),
				UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "community.circle.created");
		return "redirect:/circles/" + circle.slug();
	}

	private static @Nullable UUID memberId(@Nullable Authentication authentication) {
		return Viewer.memberId(authentication);
	}

	private static boolean moderates(@Nullable Authentication authentication) {
		return Viewer.holds(authentication, "MODERATOR", "ADMIN");
	}

}
