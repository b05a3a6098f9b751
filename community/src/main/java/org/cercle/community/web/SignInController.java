package org.cercle.community.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.CookieValue;

import org.cercle.shared.web.ReturnPaths;

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

	/**
	 * The form, with the page to go back to afterwards (a path of this site only) and,
	 * after a failed attempt, the reason and the identifier typed.
	 */
	@GetMapping("/login")
	String signIn(@RequestParam(name = "erreur", required = false) @Nullable String error,
			@RequestParam(name = ReturnPaths.PARAMETER, required = false) @Nullable String back,
			@CookieValue(name = ReturnPaths.IDENTIFIER_COOKIE, required = false) @Nullable String identifier,
			HttpServletResponse response, Model model) {
		if (error != null) {
			model.addAttribute("error", ERRORS.getOrDefault(error, "community.sign-in.bad-credentials"));
			if (identifier != null) {
				model.addAttribute("identifier", URLDecoder.decode(identifier, StandardCharsets.UTF_8));
			}
		}
		if (identifier != null) {
			response.addHeader("Set-Cookie",
					ResponseCookie.from(ReturnPaths.IDENTIFIER_COOKIE, "").path("/login").maxAge(0).build().toString());
		}
		model.addAttribute("back", ReturnPaths.safe(back));
		return "community/account/sign-in";
	}

}
