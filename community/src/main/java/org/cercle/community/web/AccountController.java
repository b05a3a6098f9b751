package org.cercle.community.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.account.AccountView;
import org.cercle.community.account.Accounts;
import org.cercle.community.account.PasswordForm;
import org.cercle.community.account.ProfileForm;
import org.cercle.community.account.SignedInMember;

/**
 * {@code /account}: the signed-in member's own profile, password, data export and
 * deletion.
 */
@Controller
class AccountController {

	static final String VIEW = "community/account/account";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Accounts accounts;

	private final SignedInSessions sessions;

	AccountController(Accounts accounts, SignedInSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInMember me, Model model) {
		var member = accounts.member(me.id());
		model.addAttribute("profileForm", ProfileForm.of(member));
		model.addAttribute("passwordForm", PasswordForm.empty());
		model.addAttribute("account", AccountView.of(member));
		return VIEW;
	}

	@PostMapping("/account/profile")
	String profile(@AuthenticationPrincipal SignedInMember me, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var member = accounts.describe(me.id(), form, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("passwordForm", PasswordForm.empty());
			model.addAttribute("account", AccountView.of(member));
			return VIEW;
		}
		sessions.refresh(member, request, response);
		redirect.addFlashAttribute("notice", "community.profile.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String password(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var member = accounts.changePassword(me.id(), form, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("profileForm", ProfileForm.of(member));
			model.addAttribute("account", AccountView.of(member));
			return VIEW;
		}
		var current = request.getSession(false);
		sessions.endSessionsOf(member, current == null ? null : current.getId());
		redirect.addFlashAttribute("notice", "community.password.changed");
		return "redirect:/account";
	}

	@GetMapping("/account/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInMember me) {
		var body = JSON.writeValueAsBytes(accounts.export(me.id()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cercle-" + me.getHandle() + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal SignedInMember me,
			@RequestParam(name = "password", defaultValue = "") String password, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var member = accounts.member(me.id());
		if (!accounts.delete(me.id(), password)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("profileForm", ProfileForm.of(member));
			model.addAttribute("passwordForm", PasswordForm.empty());
			model.addAttribute("account", AccountView.of(member));
			model.addAttribute("deleteError", "community.account.delete.password-wrong");
			return VIEW;
		}
		sessions.endSessionsOf(member, null);
		new SecurityContextLogoutHandler().logout(request, response, null);
		redirect.addFlashAttribute("notice", "community.account.deleted");
		return "redirect:/";
	}

}
