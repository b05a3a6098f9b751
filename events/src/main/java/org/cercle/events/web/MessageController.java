package org.cercle.events.web;

import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.MemberId;
import org.cercle.community.Viewer;
import org.cercle.events.event.EventManagement;
import org.cercle.events.message.EventMessages;
import org.cercle.events.message.MessageRefused;
import org.cercle.shared.web.RefusalStatus;

/**
 * « Écrire aux inscrits » on {@code /manage/events/{slug}/message}: subject, Markdown
 * text, a preview of the letter, then one send. Errors are shown on the form, the text
 * kept.
 */
@Controller
class MessageController {

	private static final String PAGE = "events/manage/message";

	private final EventManagement management;

	private final EventMessages messages;

	MessageController(EventManagement management, EventMessages messages) {
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/manage/events/{slug}/message")
	String form(@PathVariable String slug, Model model) {
		return page(slug, UUID.randomUUID(), "", "", false, model);
	}

	@PostMapping("/manage/events/{slug}/message")
	String previewOrSend(@PathVariable String slug, @RequestParam(name = "token") UUID token,
			@RequestParam(name = "subject", defaultValue = "") String subject,
			@RequestParam(name = "body", defaultValue = "") String body,
			@RequestParam(name = "waitlisted", defaultValue = "false") boolean waitlisted,
			@RequestParam(name = "action", defaultValue = "preview") String action, Authentication authentication,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!"send".equals(action)) {
			model.addAttribute("previewHtml", EventMessages.preview(body));
			return page(slug, token, subject, body, waitlisted, model);
		}
		try {
			messages.send(management.event(slug), new MemberId(Objects.requireNonNull(Viewer.memberId(authentication))),
					token, subject, body, waitlisted);
			redirect.addFlashAttribute("notice", "events.message.sent");
			return "redirect:/manage/events/" + slug + "/registrations";
		}
		catch (MessageRefused refused) {
			response.setStatus(RefusalStatus.of(refused).value());
			model.addAttribute("error", refused.messageKey());
			return page(slug, token, subject, body, waitlisted, model);
		}
	}

	private String page(String slug, UUID token, String subject, String body, boolean waitlisted, Model model) {
		var event = management.event(slug);
		model.addAttribute("event", management.listing(slug));
		model.addAttribute("token", token);
		model.addAttribute("subject", subject);
		model.addAttribute("body", body);
		model.addAttribute("waitlisted", waitlisted);
		var audience = messages.audience(event);
		model.addAttribute("confirmedCount", audience.confirmed());
		model.addAttribute("allCount", audience.withWaitlist());
		model.addAttribute("maxSubject", EventMessages.MAX_SUBJECT);
		model.addAttribute("maxBody", EventMessages.MAX_BODY);
		return PAGE;
	}

}
