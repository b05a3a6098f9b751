package org.cercle.app;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.cercle.feed.LatestStream;

@Controller
class HomeController {

	private final LatestStream stream;

	HomeController(LatestStream stream) {
		this.stream = stream;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "avant", required = false) @Nullable String before, Model model) {
		model.addAttribute("page", stream.latest(before));
		model.addAttribute("continued", before != null);
		return "home";
	}

}
