package org.cercle.notifications.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.CircleCatalog;
import org.cercle.community.CircleId;
import org.cercle.community.MemberId;
import org.cercle.community.Viewer;
import org.cercle.notifications.inbox.Inbox;
import org.cercle.notifications.inbox.Texts;

/**
 * {@code /notifications}: the signed-in member's notifications, newest first, unread
 * marked, 30 a page with an "older" link; opening one marks it read and goes to the exact
 * place; all can be marked read at once. A private circle's notifications show only while
 * the member may read it.
 */
@Controller
class NotificationsController {

	static final int PAGE = 30;

	private final Inbox inbox;

	private final Texts texts;

	private final CircleCatalog circles;

	NotificationsController(Inbox inbox, Texts texts, CircleCatalog circles) {
		this.inbox = inbox;
		this.texts = texts;
		this.circles = circles;
	}

	/** One notification as the page shows it. */
	record Line(UUID id, String text, Instant at, boolean read) {
	}

	@GetMapping("/notifications")
	String list(@RequestParam(name = "avant", required = false) @Nullable String before, Authentication authentication,
			Locale locale, Model model) {
		var member = member(authentication);
		Instant at = null;
		UUID id = null;
		if (before != null) {
			var parts = before.split("_", 2);
			try {
				at = Instant.ofEpochSecond(0, Long.parseLong(parts[0]) * 1000);
				id = UUID.fromString(parts[1]);
			}
			catch (RuntimeException malformed) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notifications.bad-cursor");
			}
		}
		var entries = inbox.page(member, at, id, PAGE + 1);
		var shown = entries.size() > PAGE ? entries.subList(0, PAGE) : entries;
		var readable = readable(member, shown);
		var visible = shown.stream()
			.filter(entry -> entry.circle() == null || readable.contains(entry.circle()))
			.toList();
		var lines = new ArrayList<Line>();
		var said = texts.of(visible, locale);
		for (int i = 0; i < visible.size(); i++) {
			lines.add(new Line(visible.get(i).id(), said.get(i), visible.get(i).at(), visible.get(i).read()));
		}
		model.addAttribute("lines", lines);
		if (entries.size() > PAGE) {
			var last = shown.get(shown.size() - 1);
			model.addAttribute("older",
					(last.at().getEpochSecond() * 1_000_000 + last.at().getNano() / 1000) + "_" + last.id());
		}
		model.addAttribute("continued", before != null);
		return "notifications/list";
	}

	@GetMapping("/notifications/{id}")
	String open(@PathVariable UUID id, Authentication authentication) {
		var path = inbox.open(member(authentication), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "notifications.not-found"));
		return "redirect:" + path;
	}

	@PostMapping("/notifications/read")
	String readAll(Authentication authentication, RedirectAttributes redirect) {
		inbox.markAllRead(member(authentication));
		redirect.addFlashAttribute("notice", "notifications.all-read");
		return "redirect:/notifications";
	}

	private Set<CircleId> readable(MemberId member, List<Inbox.Entry> entries) {
		var wanted = entries.stream().map(Inbox.Entry::circle).filter(Objects::nonNull).collect(Collectors.toSet());
		return wanted.isEmpty() ? Set.of() : circles.readableBy(member, wanted);
	}

	static MemberId member(Authentication authentication) {
		return Objects.requireNonNull(Viewer.member(authentication));
	}

}
