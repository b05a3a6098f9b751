package org.cercle.events.web;

import java.util.Objects;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Viewer;
import org.cercle.events.registration.CheckIns;
import org.cercle.events.registration.CheckInQr;
import org.cercle.events.registration.MyRegistrations;
import org.cercle.shared.web.PublicAddress;

/**
 * Check-in at the door, on a phone and without JavaScript: the organiser's list with a
 * search and one button a person; the member's QR code, which holds the organiser's
 * address for that person (a phone's camera app opens it).
 */
@Controller
class CheckInController {

	private final CheckIns checkIns;

	private final MyRegistrations mine;

	private final PublicAddress publicAddress;

	CheckInController(CheckIns checkIns, MyRegistrations mine, PublicAddress publicAddress) {
		this.checkIns = checkIns;
		this.mine = mine;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/manage/events/{slug}/check-in")
	String door(@PathVariable String slug, @RequestParam(name = "q", defaultValue = "") String query, Model model) {
		model.addAttribute("door", checkIns.door(slug, query));
		model.addAttribute("query", query);
		return "events/manage/check-in";
	}

	@GetMapping("/manage/events/{slug}/check-in/{code}")
	String person(@PathVariable String slug, @PathVariable String code, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("person", checkIns.person(slug, code));
		return "events/manage/check-in-person";
	}

	@PostMapping("/manage/events/{slug}/check-in/{code}")
	String checkIn(@PathVariable String slug, @PathVariable String code,
			@RequestParam(name = "q", defaultValue = "") String query, RedirectAttributes redirect) {
		var person = checkIns.person(slug, code);
		redirect.addFlashAttribute("checkedIn",
				checkIns.checkIn(slug, code) ? "events.check-in.done" : "events.check-in.already");
		redirect.addFlashAttribute("checkedInName", person.name());
		redirect.addAttribute("q", query);
		return "redirect:/manage/events/" + slug + "/check-in";
	}

	/** The member's own code for an event, as a QR code. */
	@GetMapping("/account/registrations/{slug}/check-in.png")
	ResponseEntity<byte[]> qr(@PathVariable String slug, Authentication authentication) {
		var member = Objects.requireNonNull(Viewer.memberId(authentication));
		var code = mine.of(member)
			.stream()
			.filter(registration -> registration.slug().equals(slug) && registration.checkInCode() != null)
			.map(MyRegistrations.MyRegistration::checkInCode)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "events.check-in.no-seat"));
		var address = CheckInQr.address(publicAddress.base(), slug, code);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(CheckInQr.png(address));
	}

}
