package org.cercle.app.federation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /fediverse}, « Suivre sur le fédivers »: the site's handle to copy, and a form
 * that sends the reader to their own server's follow page (Mastodon's
 * {@code /authorize_interaction?uri=…}), since a follow is made from the follower's
 * server.
 */
@Controller
class FollowPageController {

	private final ActivityDocuments documents;

	FollowPageController(ActivityDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/fediverse")
	String page(Model model) {
		model.addAttribute("handle", handle());
		model.addAttribute("actor", documents.siteActor());
		return "federation/follow";
	}

	@GetMapping("/fediverse/suivre")
	String follow(@RequestParam(defaultValue = "") String instance, Model model, HttpServletResponse response) {
		String domain;
		try {
			domain = RemoteModeration.domain(instance);
		}
		catch (FederationRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", "federation.follow.bad-instance");
			model.addAttribute("typed", instance);
			return page(model);
		}
		var uri = URLEncoder.encode("acct:" + handle().substring(1), StandardCharsets.UTF_8);
		return "redirect:https://" + domain + "/authorize_interaction?uri=" + uri;
	}

	private String handle() {
		return "@" + ActivityDocuments.SITE + "@" + documents.host();
	}

}
