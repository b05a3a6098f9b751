package org.cercle.community.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.SpamRefused;
import org.cercle.community.spam.BlockedDomains;

/** {@code /manage/spam}: the domains moderators block in links. */
@Controller
class SpamController {

	private final BlockedDomains domains;

	private final org.cercle.community.spam.Spammers spammers;

	private final SignedInSessions sessions;

	SpamController(BlockedDomains domains, org.cercle.community.spam.Spammers spammers, SignedInSessions sessions) {
		this.domains = domains;
		this.spammers = spammers;
		this.sessions = sessions;
	}

	@GetMapping("/manage/spam")
	String page(Model model) {
		model.addAttribute("domains", domains.all());
		return "community/admin/spam";
	}

	@PostMapping("/manage/spam/domains")
	String block(@RequestParam(name = "domain", defaultValue = "") String domain, Authentication authentication,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			domains.block(domain, UUID.fromString(authentication.getName()));
		}
		catch (SpamRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("typed", domain);
			return page(model);
		}
		redirect.addFlashAttribute("notice", "community.spam.blocked");
		return "redirect:/manage/spam";
	}

	/**
	 * One action: suspended, everything written hidden, audited; sessions end at once.
	 */
	@PostMapping("/manage/spam/members/{handle}")
	String markSpammer(@PathVariable String handle, Authentication authentication, RedirectAttributes redirect) {
		var member = spammers.mark(UUID.fromString(authentication.getName()), handle);
		sessions.endSessionsOf(member, null);
		redirect.addFlashAttribute("notice", "community.spam.marked");
		return "redirect:/manage/moderation";
	}

	@PostMapping("/manage/spam/domains/{domain}/deletion")
	String unblock(@PathVariable String domain, Authentication authentication, RedirectAttributes redirect) {
		domains.unblock(domain, UUID.fromString(authentication.getName()));
		redirect.addFlashAttribute("notice", "community.spam.unblocked");
		return "redirect:/manage/spam";
	}

}
