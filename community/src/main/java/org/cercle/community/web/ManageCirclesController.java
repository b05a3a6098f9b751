package org.cercle.community.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.circle.CircleDirectory;
import org.cercle.community.circle.CircleManagement;
import org.cercle.community.circle.Circles;

/**
 * {@code /manage/circles}: moderators and admins create, edit, archive and restore
 * circles.
 */
@Controller
class ManageCirclesController {

	private final CircleDirectory circles;

	private final CircleManagement management;

	private final Circles all;

	ManageCirclesController(CircleDirectory circles, CircleManagement management, Circles all) {
		this.circles = circles;
		this.management = management;
		this.all = all;
	}

	@GetMapping("/manage/circles")
	String manage(Model model) {
		model.addAttribute("circles",
				all.everyCircle()
					.stream()
					.map(circle -> new CircleManagement.CircleForm(circle.slug(), circle.name(), circle.description(),
							circle.visibility().name(), circle.archived()))
					.toList());
		return "community/circles/manage";
	}

	@PostMapping("/manage/circles")
	String create(@RequestParam(name = "name", defaultValue = "") String name,
			@RequestParam(name = "description", defaultValue = "") String description,
			@RequestParam(name = "visibility", defaultValue = "") String visibility, Authentication authentication,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var problem = CircleManagement.problem(name, description, visibility);
		if (problem != null) {
			response.setStatus(400);
			model.addAttribute("error", problem);
			return manage(model);
		}
		var circle = circles.create(name.strip(), description.strip(), "PRIVATE".equals(visibility),
				UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "community.circle.created");
		return "redirect:/circles/" + circle.slug();
	}

	@GetMapping("/manage/circles/{slug}")
	String edit(@PathVariable String slug, Model model) {
		model.addAttribute("form", management.form(slug));
		return "community/circles/edit";
	}

	@PostMapping("/manage/circles/{slug}")
	String save(@PathVariable String slug, @RequestParam(name = "name", defaultValue = "") String name,
			@RequestParam(name = "description", defaultValue = "") String description,
			@RequestParam(name = "visibility", defaultValue = "") String visibility, Authentication authentication,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var problem = CircleManagement.problem(name, description, visibility);
		if (problem != null) {
			var current = management.form(slug);
			response.setStatus(400);
			model.addAttribute("form",
					new CircleManagement.CircleForm(slug, name, description, visibility, current.archived()));
			model.addAttribute("error", problem);
			return "community/circles/edit";
		}
		management.edit(slug, name, description, visibility, UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "community.circle.saved");
		return "redirect:/circles/" + slug;
	}

	@PostMapping("/manage/circles/{slug}/archive")
	String archive(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		management.archive(slug, true, UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "community.circle.archived-now");
		return "redirect:/manage/circles";
	}

	@PostMapping("/manage/circles/{slug}/restoration")
	String restore(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		management.archive(slug, false, UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "community.circle.restored");
		return "redirect:/manage/circles";
	}

}
