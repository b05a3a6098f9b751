package org.cercle.community.web;

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

	MemberAdministrationController(MemberAdministration administration, AuditLog audit, SignedInSessions sessions) {
		this.administration = administration;
		this.audit = audit;
		this.sessions = sessions;
	}

	@GetMapping("/manage/members")
	String members(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("members", administration.search(query));
		model.addAttribute("roles", Role.values());
		return "community/admin/members";
	}

	@PostMapping("/manage/members/{handle}/roles")
	String roles(@AuthenticationPrincipal UserDetails me, @PathVariable String handle,
			@RequestParam(name = "role", defaultValue = "") String role,
			@RequestParam(name = "action", defaultValue = "") String action, RedirectAttributes redirect) {
		var parsed = role(role);
		var actor = java.util.UUID.fromString(me.getUsername());
		switch (action) {
			case "grant" -> administration.grant(actor, handle, parsed);
			case "revoke" -> sessions.endSessionsOf(administration.revoke(actor, handle, parsed), null);
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "community.admin.bad-action");
		}
		redirect.addFlashAttribute("notice", "community.admin.saved");
		return "redirect:/manage/members";
	}

	@PostMapping("/manage/members/{handle}/suspension")
	String suspend(@AuthenticationPrincipal UserDetails me, @PathVariable String handle, RedirectAttributes redirect) {
		var member = administration.suspend(java.util.UUID.fromString(me.getUsername()), handle);
		sessions.endSessionsOf(member, null);
		redirect.addFlashAttribute("notice", "community.admin.suspended");
		return "redirect:/manage/members";
	}

	@PostMapping("/manage/members/{handle}/reactivation")
	String reactivate(@AuthenticationPrincipal UserDetails me, @PathVariable String handle,
			RedirectAttributes redirect) {
		administration.reactivate(java.util.UUID.fromString(me.getUsername()), handle);
		redirect.addFlashAttribute("notice", "community.admin.reactivated");
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
