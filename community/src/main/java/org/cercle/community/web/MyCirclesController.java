package org.cercle.community.web;

import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.cercle.community.circle.MyCircles;
import org.cercle.community.Viewer;

/** « Mes cercles »: the circles a member belongs to and the requests still waiting. */
@Controller
class MyCirclesController {

	private final MyCircles circles;

	MyCirclesController(MyCircles circles) {
		this.circles = circles;
	}

	@GetMapping("/account/circles")
	String mine(Authentication authentication, Model model) {
		model.addAttribute("circles", circles.of(Objects.requireNonNull(Viewer.memberId(authentication))));
		return "community/account/circles";
	}

}
