package org.cercle.notifications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.notifications.inbox.Channel;
import org.cercle.notifications.inbox.Follows;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Preferences;
import org.cercle.notifications.inbox.ReminderLead;
import org.cercle.notifications.inbox.Texts;
import org.cercle.community.CircleId;
import org.cercle.notifications.digest.Digests;
import org.cercle.shared.web.SameSitePaths;

/**
 * {@code /account/notifications}: for each kind, off / in the site / in the site and by
 * e-mail; and what the member follows, with a button to stop. Follow buttons on tag pages
 * and author profiles post to {@code /follows}.
 */
@Controller
class PreferencesController {

	private final Preferences preferences;

	private final Follows follows;

	private final Texts texts;

	private final MemberDirectory members;

	private final org.cercle.community.CircleCatalog circles;

	private final Digests digests;

	private final org.springframework.context.MessageSource messages;

	PreferencesController(Preferences preferences, Follows follows, Texts texts, MemberDirectory members,
			org.cercle.community.CircleCatalog circles, org.springframework.context.MessageSource messages,
			Digests digests) {
		this.circles = circles;
		this.messages = messages;
		this.digests = digests;
		this.preferences = preferences;
		this.follows = follows;
		this.texts = texts;
		this.members = members;
	}

	/** A kind with the member's channel for it. */
	record Choice(String kind, String label, String channel) {
	}

	/** Something followed, as the list shows it. */
	record Followed(String type, String value, String label, String path) {
	}

	@GetMapping("/account/notifications")
	String show(Authentication authentication, Locale locale, Model model) {
		var member = NotificationsController.member(authentication);
		var choices = new ArrayList<Choice>();
		preferences.of(member).forEach((kind, channel) -> {
			if (kind != Kind.DIGEST) {
				choices.add(new Choice(kind.name(), texts.label(kind, locale), channel.name()));
			}
		});
		model.addAttribute("digest", digests.frequency(member).name());
		model.addAttribute("choices", choices);
		model.addAttribute("reminder", preferences.reminderLead(member).name());
		model.addAttribute("followed", followed(member, locale));
		return "notifications/preferences";
	}

	@PostMapping("/account/notifications")
	String save(@RequestParam Map<String, String> form, Authentication authentication, RedirectAttributes redirect) {
		var member = NotificationsController.member(authentication);
		for (var kind : Kind.values()) {
			var chosen = form.get(kind.name());
			if (chosen != null && kind != Kind.DIGEST) {
				preferences.choose(member, kind, channel(chosen));
			}
		}
		var digest = form.get("digest");
		if (digest != null) {
			try {
				digests.choose(member, Digests.Frequency.valueOf(digest));
			}
			catch (IllegalArgumentException unknown) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notifications.preferences.invalid");
			}
		}
		var reminder = form.get("reminder");
		if (reminder != null) {
			try {
				preferences.chooseReminderLead(member, ReminderLead.valueOf(reminder));
			}
			catch (IllegalArgumentException unknown) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notifications.preferences.invalid");
			}
		}
		redirect.addFlashAttribute("notice", "notifications.preferences.saved");
		return "redirect:/account/notifications";
	}

	@PostMapping("/follows")
	String follow(@RequestParam(name = "type", defaultValue = "") String type,
			@RequestParam(name = "target", defaultValue = "") String target,
			@RequestParam(name = "back", defaultValue = "/") String back, Authentication authentication,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		follows.follow(NotificationsController.member(authentication), target(type, target));
		redirect.addFlashAttribute("notice", "notifications.follow.done");
		return "redirect:" + SameSitePaths.of(back, request.getServerName());
	}

	@PostMapping("/follows/removal")
	String unfollow(@RequestParam(name = "type", defaultValue = "") String type,
			@RequestParam(name = "target", defaultValue = "") String target,
			@RequestParam(name = "back", defaultValue = "/account/notifications") String back,
			Authentication authentication, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request) {
		follows.unfollow(NotificationsController.member(authentication), target(type, target));
		redirect.addFlashAttribute("notice", "notifications.follow.undone");
		return "redirect:" + SameSitePaths.of(back, request.getServerName());
	}

	private List<Followed> followed(MemberId member, Locale locale) {
		var all = follows.of(member);
		var authors = members.findAll(all.stream()
			.filter(target -> target.type() == Follows.Type.AUTHOR)
			.map(target -> new MemberId(UUID.fromString(target.value())))
			.toList());
		var list = new ArrayList<Followed>();
		for (var target : all) {
			switch (target.type()) {
				case TAG ->
					list.add(new Followed("TAG", target.value(), "#" + target.value(), "/tags/" + target.value()));
				case AUTHOR -> {
					var author = authors.get(new MemberId(UUID.fromString(target.value())));
					if (author != null) {
						list.add(new Followed("AUTHOR", target.value(), author.displayName(), author.profilePath()));
					}
				}
				case CIRCLE,
						CIRCLE_MUTED ->
					circles.findById(new CircleId(UUID.fromString(target.value())))
						.ifPresent(circle -> list.add(new Followed(target.type().name(), target.value(),
								messages.getMessage("notifications.follows." + target.type().name(),
										new Object[] { circle.name() }, locale),
								circle.path())));
				case DISCUSSION -> list.add(new Followed("DISCUSSION", target.value(),
						messages.getMessage("notifications.follows.DISCUSSION", null, locale),
						"/circles/" + target.value().replace("/", "/discussions/")));
			}
		}
		return list;
	}

	private static Channel channel(String value) {
		try {
			return Channel.valueOf(value);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notifications.preferences.invalid");
		}
	}

	private static Follows.Target target(String type, String value) {
		try {
			var kind = Follows.Type.valueOf(type);
			var clean = value.strip();
			var valid = switch (kind) {
				case TAG -> clean.matches("[a-z0-9-]{1,100}");
				case AUTHOR, CIRCLE, CIRCLE_MUTED -> UUID.fromString(clean).toString().equals(clean.toLowerCase());
				case DISCUSSION -> clean.matches("[a-z0-9-]{1,100}/[0-9a-f-]{36}")
						&& UUID.fromString(clean.substring(clean.indexOf('/') + 1)) != null;
			};
			if (!valid) {
				throw new IllegalArgumentException(value);
			}
			return new Follows.Target(kind, clean);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notifications.follow.invalid");
		}
	}

}
