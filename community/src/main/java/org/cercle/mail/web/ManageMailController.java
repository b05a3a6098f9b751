package org.cercle.mail.web;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.mail.outbox.MailLog;

/**
 * {@code /manage/mail}: the outbox's log for admins (checked in the security
 * configuration): status, attempts and last error of each letter, never its content; a
 * failed letter can be retried at once.
 */
@Controller
class ManageMailController {

	private static final Set<String> STATUSES = Set.of("QUEUED", "SENT", "FAILED");

	private final MailLog log;

	ManageMailController(MailLog log) {
		this.log = log;
	}

	@GetMapping("/manage/mail")
	String list(@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "to", required = false) @Nullable String to,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		var wanted = status == null || !STATUSES.contains(status) ? null : status;
		var recipient = to == null || to.isBlank() ? null : to.strip();
		var lines = log.lines(wanted, recipient, page);
		model.addAttribute("lines", lines.size() > MailLog.PAGE ? lines.subList(0, MailLog.PAGE) : lines);
		model.addAttribute("more", lines.size() > MailLog.PAGE);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("status", wanted);
		model.addAttribute("to", recipient == null ? "" : recipient);
		model.addAttribute("counts", log.counts());
		return "mail/manage";
	}

	@PostMapping("/manage/mail/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", log.retry(id) ? "mail.manage.retried" : "mail.manage.not-retried");
		return "redirect:/manage/mail?status=FAILED";
	}

}
