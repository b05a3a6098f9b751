package org.cercle.community.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Role;

import org.cercle.community.administration.AuditLog;
import org.cercle.community.administration.MemberAdministration;

/**
 * {@code /manage/members} and {@code /manage/audit}: admins only (checked in the security
 * configuration).
 */
@Controller
class MemberAdministrationController {

	private final MemberAdministration administration;

	private final AuditLog audit;

	private final SignedInSessions sessions;

	private final org.springframework.context.MessageSource messages;

	MemberAdministrationController(MemberAdministration administration, AuditLog audit, SignedInSessions sessions,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.administration = administration;
		this.audit = audit;
		this.sessions = sessions;
	}

	@GetMapping("/manage/members")
	String members(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		return page(query, model, null);
	}

	/**
	 * Grants or removes a role; granting admin takes a confirmation
	 * ({@code confirm=oui}). Back to the same search, with a message naming the member
	 * and the role.
	 */
	@PostMapping("/manage/members/{handle}/roles")
	String roles(@AuthenticationPrincipal UserDetails me, @PathVariable String handle,
			@RequestParam(name = "role", defaultValue = "") String role,
			@RequestParam(name = "action", defaultValue = "") String action,
			@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "confirm", defaultValue = "") String confirm, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		var parsed = role(role);
		var actor = java.util.UUID.fromString(me.getUsername());
		if ("grant".equals(action) && parsed == Role.ADMIN && !"oui".equals(confirm)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(query, model, "community.admin.confirm-admin");
		}
		var member = switch (action) {
			case "grant" -> administration.grant(actor, handle, parsed);
			case "revoke" -> {
				var revoked = administration.revoke(actor, handle, parsed);
				sessions.endSessionsOf(revoked, null);
				yield revoked;
			}
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "community.admin.bad-action");
		};
		return back(query, redirect,
				text("grant".equals(action) ? "community.admin.granted" : "community.admin.revoked", locale,
						messages.getMessage("community.role." + parsed.name(), null, locale), member.displayName(),
						member.handle()));
	}

	/** Suspends an account, with the reason (required, kept in the audit log). */
	@PostMapping("/manage/members/{handle}/suspension")
	String suspend(@AuthenticationPrincipal UserDetails me, @PathVariable String handle,
			@RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "q", defaultValue = "") String query, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		if (reason.isBlank() || reason.strip().length() > 500) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(query, model, "community.admin.reason-required");
		}
		var member = administration.suspend(java.util.UUID.fromString(me.getUsername()), handle, reason.strip());
		sessions.endSessionsOf(member, null);
		return back(query, redirect, text("community.admin.suspended", locale, member.displayName(), member.handle()));
	}

	@PostMapping("/manage/members/{handle}/reactivation")
	String reactivate(@AuthenticationPrincipal UserDetails me, @PathVariable String handle,
			@RequestParam(name = "q", defaultValue = "") String query, RedirectAttributes redirect, Locale locale) {
		var member = administration.reactivate(java.util.UUID.fromString(me.getUsername()), handle);
		return back(query, redirect,
				text("community.admin.reactivated", locale, member.displayName(), member.handle()));
	}

	private String page(String query, Model model, @Nullable String error) {
		model.addAttribute("query", query);
		model.addAttribute("members", administration.search(query));
		model.addAttribute("roles", Role.values());
		model.addAttribute("error", error);
		return "community/admin/members";
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String back(String query, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("noticeText", notice);
		if (!query.isBlank()) {
			redirect.addAttribute("q", query);
		}
		return "redirect:/manage/members";
	}

	@GetMapping("/manage/audit")
	String audit(Model model) {
		model.addAttribute("entries", audit.latest(200));
		return "community/admin/audit";
	}

	private static Role role(@Nullable String role) {
		try {
			return Role.valueOf(String.valueOf(role));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "community.admin.bad-role");
		}
	}

}
