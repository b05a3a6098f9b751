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
import org.cercle.community.account.EmailChange;
import org.cercle.community.account.EmailForm;
import org.cercle.community.member.Member;
import org.cercle.shared.web.PublicAddress;

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

	private final EmailChange emailChange;

	private final PublicAddress publicAddress;

	AccountController(Accounts accounts, SignedInSessions sessions, EmailChange emailChange,
			PublicAddress publicAddress) {
		this.emailChange = emailChange;
		this.publicAddress = publicAddress;
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInMember me, Model model) {
		return page(model, accounts.member(me.id()));
	}

	@PostMapping("/account/profile")
	String profile(@AuthenticationPrincipal SignedInMember me, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var member = accounts.describe(me.id(), form, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, member);
		}
		sessions.refresh(member, request, response);
		redirect.addFlashAttribute("notice", "community.profile.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String password(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		var member = accounts.changePassword(me.id(), form, errors, publicAddress.base());
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, member);
		}
		var current = request.getSession(false);
		sessions.endSessionsOf(member, current == null ? null : current.getId());
		redirect.addFlashAttribute("notice", "community.password.changed");
		return "redirect:/account";
	}

	/**
	 * A new address: a link goes to it, a notice to the old one; nothing changes until
	 * the link is followed.
	 */
	@PostMapping("/account/email")
	String email(@AuthenticationPrincipal SignedInMember me, @Valid @ModelAttribute("emailForm") EmailForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("email")) {
			emailChange.request(me.id(), form, errors, publicAddress.base());
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, accounts.member(me.id()));
		}
		redirect.addFlashAttribute("notice", "community.email.link-sent");
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
		if (!accounts.delete(me.id(), password, publicAddress.base())) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("deleteError", "community.account.delete.password-wrong");
			return page(model, member);
		}
		sessions.endSessionsOf(member, null);
		new SecurityContextLogoutHandler().logout(request, response, null);
		redirect.addFlashAttribute("notice", "community.account.deleted");
		return "redirect:/";
	}

	static String page(Model model, Member member) {
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", ProfileForm.of(member));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.empty());
		}
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", EmailForm.empty());
		}
		model.addAttribute("account", AccountView.of(member));
		return VIEW;
	}

}
