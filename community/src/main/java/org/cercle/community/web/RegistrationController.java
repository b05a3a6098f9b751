package org.cercle.community.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

import java.util.Locale;

import org.cercle.shared.web.PublicAddress;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.account.Registration;
import org.cercle.community.account.RegistrationForm;

@Controller
class RegistrationController {

	static final String VIEW = "community/account/register";

	private final Registration registration;

	private final SignedInSessions sessions;

	private final PublicAddress publicAddress;

	RegistrationController(Registration registration, SignedInSessions sessions, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.registration = registration;
		this.sessions = sessions;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return VIEW;
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		var address = request.getRemoteAddr();
		if (registration.throttled(address)) {
			return refuse(HttpStatus.TOO_MANY_REQUESTS, "community.register.throttled", model, response);
		}
		registration.check(form, errors);
		if (errors.hasErrors()) {
			var onlyDuplicates = errors.getFieldErrors()
				.stream()
				.allMatch(error -> error.getCode() != null && error.getCode().endsWith(".taken"));
			response.setStatus(onlyDuplicates ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		try {
			var member = registration.register(form, address, locale, publicAddress.base());
			sessions.signIn(member, request, response);
		}
		catch (Registration.DuplicateAccount raced) {
			return refuse(HttpStatus.CONFLICT, "community.register.taken", model, response);
		}
		redirect.addFlashAttribute("notice", "community.register.welcome-verify");
		return "redirect:/account";
	}

	private static String refuse(HttpStatus status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("error", message);
		return VIEW;
	}

}
