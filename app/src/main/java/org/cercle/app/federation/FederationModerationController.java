package org.cercle.app.federation;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.shared.web.RefusalStatus;

/**
 * {@code /manage/federation}: moderators decide how each remote server's replies are
 * treated and block remote accounts; admins renew the actors' keys. The page also shows
 * the site's handle, its followers and the deliveries that failed.
 */
@Controller
class FederationModerationController {

	private final RemoteModeration moderation;

	private final KeyRotation rotation;

	private final Deliveries deliveries;

	private final LocalActors locals;

	private final ActivityDocuments documents;

	FederationModerationController(RemoteModeration moderation, KeyRotation rotation, Deliveries deliveries,
			LocalActors locals, ActivityDocuments documents) {
		this.moderation = moderation;
		this.rotation = rotation;
		this.deliveries = deliveries;
		this.locals = locals;
		this.documents = documents;
	}

	@GetMapping("/manage/federation")
	String page(Model model) {
		model.addAttribute("handle", "@" + ActivityDocuments.SITE + "@" + documents.host());
		model.addAttribute("followers", locals.followers(locals.site()));
		model.addAttribute("servers", moderation.servers());
		model.addAttribute("accounts", moderation.accounts());
		model.addAttribute("deliveries", deliveries.counts());
		model.addAttribute("failures", deliveries.failures());
		return "federation/manage";
	}

	@PostMapping("/manage/federation/servers")
	String decide(@RequestParam(defaultValue = "") String domain,
			@RequestParam(defaultValue = "HELD") RemoteModeration.Policy policy, Authentication authentication,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			moderation.decide(domain, policy, UUID.fromString(authentication.getName()));
		}
		catch (FederationRefused refused) {
			return refused(refused, domain, model, response);
		}
		redirect.addFlashAttribute("notice", "federation.manage.decided");
		return "redirect:/manage/federation";
	}

	@PostMapping("/manage/federation/accounts/blocking")
	String block(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String reason,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			moderation.block(actor, reason, UUID.fromString(authentication.getName()));
		}
		catch (FederationRefused refused) {
			return refused(refused, "", model, response);
		}
		redirect.addFlashAttribute("notice", "federation.manage.blocked");
		return "redirect:/manage/federation";
	}

	@PostMapping("/manage/federation/accounts/unblocking")
	String unblock(@RequestParam(defaultValue = "") String actor, Authentication authentication,
			RedirectAttributes redirect) {
		moderation.unblock(actor, UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "federation.manage.unblocked");
		return "redirect:/manage/federation";
	}

	@PostMapping("/manage/federation/keys")
	String rotate(Authentication authentication, RedirectAttributes redirect) {
		rotation.rotateAll(UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "federation.manage.rotated");
		return "redirect:/manage/federation";
	}

	private String refused(FederationRefused refused, String typed, Model model, HttpServletResponse response) {
		response.setStatus(RefusalStatus.of(refused).value());
		model.addAttribute("error", refused.messageKey());
		model.addAttribute("typed", typed);
		return page(model);
	}

}
