package org.cercle.community.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Viewer;
import org.cercle.community.account.AccountRefused;
import org.cercle.community.account.EmailChange;
import org.cercle.community.account.EmailVerification;
import org.cercle.community.account.PasswordReset;
import org.cercle.community.member.Member;
import org.cercle.shared.web.PublicAddress;
import org.cercle.shared.web.RefusalStatus;

/**
 * What the links in account e-mails open, and the forgotten-password form. A link's page
 * only shows a button: following a link changes nothing until the member confirms with a
 * POST (mail scanners open links too). A forged, used or expired link gets a page that
 * says what to do.
 */
@Controller
class AccountLinksController {

	static final String FORGOTTEN = "community/account/forgotten";

	static final String RESET = "community/account/reset";

	static final String CONFIRM = "community/account/confirm-link";

	private final EmailVerification verification;

	private final PasswordReset reset;

	private final EmailChange emailChange;

	private final SignedInSessions sessions;

	private final PublicAddress publicAddress;

	AccountLinksController(EmailVerification verification, PasswordReset reset, EmailChange emailChange,
			SignedInSessions sessions, PublicAddress publicAddress) {
		this.verification = verification;
		this.reset = reset;
		this.emailChange = emailChange;
		this.sessions = sessions;
		this.publicAddress = publicAddress;
	}

	/** The forgotten-password form's one field. */
	record ForgottenForm(@NotBlank(message = "{community.register.email.required}") @Email(
			regexp = "[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;]+",
			message = "{community.register.email.format}") @Size(max = 254,
					message = "{community.register.email.format}") @Nullable String email) {
	}

	@GetMapping("/password/forgotten")
	String forgotten(Model model) {
		model.addAttribute("form", new ForgottenForm(""));
		return FORGOTTEN;
	}

	@PostMapping("/password/forgotten")
	String forgotten(@Valid @ModelAttribute("form") ForgottenForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return FORGOTTEN;
		}
		try {
			reset.request(Objects.requireNonNull(form.email()), request.getRemoteAddr(), publicAddress.base());
		}
		catch (AccountRefused refused) {
			response.setStatus(RefusalStatus.of(refused).value());
			model.addAttribute("error", refused.messageKey());
			return FORGOTTEN;
		}
		model.addAttribute("sent", true);
		return FORGOTTEN;
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		reset.check(token);
		model.addAttribute("token", token);
		return RESET;
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(name = "token", defaultValue = "") String token,
			@RequestParam(name = "password", defaultValue = "") String password, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var errors = new org.springframework.validation.MapBindingResult(new java.util.HashMap<String, Object>(),
				"form");
		var changed = reset.reset(token, password, errors, publicAddress.base());
		if (changed.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("token", token);
			model.addAttribute("passwordError", errors.getFieldError("password") == null ? null
					: Objects.requireNonNull(errors.getFieldError("password")).getCode());
			return RESET;
		}
		sessions.endSessionsOf(changed.get(), null);
		redirect.addFlashAttribute("notice", "community.reset.done");
		return "redirect:/login";
	}

	@GetMapping("/verify")
	String verifyPage(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		verification.check(token);
		return confirmPage(model, "/verify", token, "community.verify.title", "community.verify.button", null);
	}

	@PostMapping("/verify")
	String verify(@RequestParam(name = "token", defaultValue = "") String token,
			@Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var member = verification.confirm(token);
		redirect.addFlashAttribute("notice", "community.verify.done");
		if (authentication == null && member.isActive()) {
			// the link proved the address, as a reset link would: signed in, as after
			// registering
			sessions.signIn(member, request, response);
			return "redirect:/account";
		}
		refreshIfSignedInAs(member, authentication, request, response);
		return authentication != null && member.id().equals(Viewer.memberId(authentication)) ? "redirect:/account"
				: "redirect:/login";
	}

	@PostMapping("/account/verification")
	String resend(Authentication authentication, RedirectAttributes redirect) {
		verification.resend(Objects.requireNonNull(Viewer.memberId(authentication)), publicAddress.base());
		redirect.addFlashAttribute("notice", "community.verify.sent");
		return "redirect:/account";
	}

	@GetMapping("/email/confirm")
	String emailPage(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		var address = emailChange.check(token);
		return confirmPage(model, "/email/confirm", token, "community.email.confirm.title",
				"community.email.confirm.button", address);
	}

	@PostMapping("/email/confirm")
	String email(@RequestParam(name = "token", defaultValue = "") String token, @Nullable Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var member = emailChange.confirm(token);
		refreshIfSignedInAs(member, authentication, request, response);
		redirect.addFlashAttribute("notice", "community.email.changed");
		return authentication != null && member.id().equals(Viewer.memberId(authentication)) ? "redirect:/account"
				: "redirect:/login";
	}

	private void refreshIfSignedInAs(Member member, @Nullable Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		if (authentication != null && member.id().equals(Viewer.memberId(authentication))) {
			sessions.refresh(member, request, response);
		}
	}

	private static String confirmPage(Model model, String action, String token, String title, String button,
			@Nullable String address) {
		model.addAttribute("action", action);
		model.addAttribute("token", token);
		model.addAttribute("title", title);
		model.addAttribute("button", button);
		model.addAttribute("address", address);
		return CONFIRM;
	}

}
