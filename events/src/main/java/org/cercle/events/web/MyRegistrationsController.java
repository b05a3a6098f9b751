package org.cercle.events.web;

import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Viewer;
import org.cercle.events.calendar.PersonalCalendars;

import org.cercle.events.registration.MyRegistrations;

/** "Mes inscriptions": the member's registrations and their personal calendar address. */
@Controller
class MyRegistrationsController {

	private final MyRegistrations registrations;

	private final PersonalCalendars calendars;

	private final java.time.Clock clock;

	MyRegistrationsController(MyRegistrations registrations, PersonalCalendars calendars, java.time.Clock clock) {
		this.registrations = registrations;
		this.calendars = calendars;
		this.clock = clock;
	}

	@GetMapping("/account/registrations")
	String mine(Authentication authentication, Model model) {
		var member = Objects.requireNonNull(Viewer.memberId(authentication));
		model.addAttribute("registrations", registrations.split(member, clock.instant()));
		model.addAttribute("calendarToken", calendars.tokenOf(member));
		model.addAttribute("now", clock.instant());
		return "events/registration/mine";
	}

	@PostMapping("/account/registrations/calendar-token")
	String resetToken(Authentication authentication, RedirectAttributes redirect) {
		calendars.reset(Objects.requireNonNull(Viewer.memberId(authentication)));
		redirect.addFlashAttribute("notice", "events.calendar.token-reset");
		return "redirect:/account/registrations";
	}

}
