package org.cercle.community.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form posts to Spring Security's {@code /login}. */
@Controller
class SignInController {

	private static final Map<String, String> ERRORS = Map.of("identifiants", "community.sign-in.bad-credentials",
			"trop", "community.sign-in.too-many", "suspendu", "community.sign-in.suspended");

	@GetMapping("/login")
	String signIn(@RequestParam(name = "erreur", required = false) @Nullable String error, Model model) {
		if (error != null) {
			model.addAttribute("error", ERRORS.getOrDefault(error, "community.sign-in.bad-credentials"));
		}
		return "community/account/sign-in";
	}

}
