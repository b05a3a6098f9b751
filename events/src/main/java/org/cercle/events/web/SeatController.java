package org.cercle.events.web;

import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.MemberId;
import org.cercle.community.Viewer;

import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Seats;

/**
 * A member registers for an event or cancels, with one POST each; no JavaScript needed.
 */
@Controller
class SeatController {

	private final Seats seats;

	SeatController(Seats seats) {
		this.seats = seats;
	}

	@PostMapping("/events/{slug}/registration")
	String register(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		var registration = seats.register(slug, member(authentication));
		redirect.addFlashAttribute("notice", registration.status() == Registration.Status.CONFIRMED
				? "events.registration.confirmed" : "events.registration.waitlisted");
		return "redirect:/events/" + slug;
	}

	@PostMapping("/events/{slug}/registration/cancellation")
	String cancel(@PathVariable String slug, Authentication authentication, RedirectAttributes redirect) {
		seats.cancel(slug, member(authentication));
		redirect.addFlashAttribute("notice", "events.registration.cancelled-by-member");
		return "redirect:/events/" + slug;
	}

	private static MemberId member(Authentication authentication) {
		return new MemberId(Objects.requireNonNull(Viewer.memberId(authentication)));
	}

}
