package org.cercle.community.web;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.RequestParam;

import org.cercle.community.FormTimer;
import org.cercle.community.SpamRefused;

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

import org.cercle.community.account.Registration;
import org.cercle.community.account.RegistrationForm;

@Controller
class RegistrationController {

	static final String VIEW = "community/account/register";

	static final String SENT_VIEW = "community/account/register-sent";

	private final Registration registration;

	private final PublicAddress publicAddress;

	private final FormTimer formTimer;

	RegistrationController(Registration registration, PublicAddress publicAddress, FormTimer formTimer) {
		this.formTimer = formTimer;
		this.publicAddress = publicAddress;
		this.registration = registration;
	}

	/**
	 * The form; when this address already created as many accounts as an hour allows, the
	 * limit is said at once instead of after the whole form is filled in.
	 */
	@GetMapping("/register")
	String form(Model model, HttpServletRequest request) {
		model.addAttribute("form", RegistrationForm.empty());
		if (registration.throttled(request.getRemoteAddr())) {
			model.addAttribute("error", "community.register.throttled");
			model.addAttribute("throttled", true);
		}
		return VIEW;
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			@RequestParam(name = FormTimer.HONEYPOT, required = false) @Nullable String honeypot,
			@RequestParam(name = FormTimer.SHOWN_AT, required = false) @Nullable String shownAt,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		var address = request.getRemoteAddr();
		try {
			formTimer.check(honeypot, shownAt);
		}
		catch (SpamRefused bot) {
			return refuse(HttpStatus.BAD_REQUEST, bot.messageKey(), model, response);
		}
		if (registration.throttled(address)) {
			model.addAttribute("throttled", true);
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
			registration.register(form, address, locale, publicAddress.base());
		}
		catch (Registration.DuplicateAccount raced) {
			return refuse(HttpStatus.CONFLICT, "community.register.taken", model, response);
		}
		// The same answer whether the address was free or already had an account (its
		// owner is told by e-mail): the page never says which addresses are known.
		// Shown in answer to the POST itself, not after a redirect: no session is needed
		// to carry the address, and no cached page could ever show it to someone else.
		model.addAttribute("email", form.email());
		return SENT_VIEW;
	}

	private static String refuse(HttpStatus status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("error", message);
		return VIEW;
	}

}
