package org.cercle.notifications.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.notifications.inbox.Preferences;
import org.cercle.notifications.inbox.Texts;
import org.cercle.notifications.mail.Unsubscribes;
import org.cercle.notifications.digest.Digests;
import org.cercle.notifications.inbox.Kind;

/**
 * One-click unsubscribe (RFC 8058): the link of every notification e-mail. A bare POST to
 * it (what mail clients send for {@code List-Unsubscribe-Post}) turns that kind of e-mail
 * off, with no cookie and no CSRF token: the signed token is the authority. Opened in a
 * browser, the link shows a page with the same one button. Notifications stay in the
 * site.
 */
@Controller
class UnsubscribeController {

	private final Unsubscribes unsubscribes;

	private final Preferences preferences;

	private final Texts texts;

	private final Digests digests;

	UnsubscribeController(Unsubscribes unsubscribes, Preferences preferences, Texts texts, Digests digests) {
		this.digests = digests;
		this.unsubscribes = unsubscribes;
		this.preferences = preferences;
		this.texts = texts;
	}

	@GetMapping("/notifications/unsubscribe/{token}")
	String page(@PathVariable String token, Locale locale, Model model) {
		var subscription = read(token);
		model.addAttribute("token", token);
		model.addAttribute("kind", texts.label(subscription.kind(), locale));
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	@PostMapping("/notifications/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		var subscription = read(token);
		if (subscription.kind() == Kind.DIGEST) {
			digests.choose(subscription.member(), Digests.Frequency.NEVER);
		}
		else {
			preferences.stopEmails(subscription.member(), subscription.kind());
		}
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("token", token);
		model.addAttribute("kind", texts.label(subscription.kind(), locale));
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

	private Unsubscribes.Subscription read(String token) {
		return unsubscribes.read(token)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "notifications.unsubscribe.invalid"));
	}

}
