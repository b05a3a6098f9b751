package org.cercle.app.pages;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.cercle.events.UpcomingEvents;
import org.cercle.shared.web.SharedPage;
import org.cercle.feed.LatestStream;

@Controller
class HomeController {

	static final int UPCOMING = 3;

	private final LatestStream stream;

	private final UpcomingEvents events;

	HomeController(LatestStream stream, UpcomingEvents events) {
		this.stream = stream;
		this.events = events;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "avant", required = false) @Nullable String before, Model model) {
		model.addAttribute("page", stream.latest(before));
		model.addAttribute("continued", before != null);
		model.addAttribute("upcoming", before == null ? events.next(UPCOMING) : java.util.List.of());
		SharedPage.share(model, "");
		return "home";
	}

}
