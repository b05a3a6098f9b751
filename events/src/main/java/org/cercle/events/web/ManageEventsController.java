package org.cercle.events.web;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.CircleCatalog;
import org.cercle.community.MemberId;
import org.cercle.community.Viewer;

import org.cercle.events.event.EventManagement;
import org.cercle.events.event.EventRefused;
import org.cercle.shared.Refusal;
import org.cercle.events.registration.RegistrationList;

/**
 * {@code /manage/events}: organisers and admins (checked in the security configuration).
 */
@Controller
class ManageEventsController {

	static final String FORM = "events/manage/form";

	private final EventManagement management;

	private final RegistrationList registrations;

	private final CircleCatalog circles;

	ManageEventsController(EventManagement management, RegistrationList registrations, CircleCatalog circles) {
		this.circles = circles;
		this.management = management;
		this.registrations = registrations;
	}

	@ModelAttribute("circles")
	java.util.List<CircleCatalog.CircleRef> circles() {
		return circles.all();
	}

	@GetMapping("/manage/events")
	String list(Model model) {
		var events = management.all();
		model.addAttribute("events", events);
		model.addAttribute("totals",
				registrations.totals(events.stream().map(org.cercle.events.event.EventListing::id).toList()));
		return "events/manage/list";
	}

	@GetMapping("/manage/events/new")
	String create(Model model) {
		model.addAttribute("form", EventForm.empty());
		return FORM;
	}

	@PostMapping("/manage/events")
	String create(@Valid @ModelAttribute("form") EventForm form, BindingResult errors, Authentication authentication,
			HttpServletResponse response, RedirectAttributes redirect) {
		var organiser = new MemberId(Objects.requireNonNull(Viewer.memberId(authentication)));
		var details = errors.hasErrors() ? null : form.details(errors);
		var circle = form.circleId(errors, circles);
		if (details == null || errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return FORM;
		}
		var event = management.create(details, circle, organiser);
		redirect.addFlashAttribute("notice", "events.manage.created");
		return "redirect:/manage/events/" + event.slug();
	}

	@GetMapping("/manage/events/{slug}")
	String edit(@PathVariable String slug, Model model) {
		model.addAttribute("event", management.listing(slug));
		model.addAttribute("form", EventForm.of(management.editable(slug)));
		return FORM;
	}

	@PostMapping("/manage/events/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var details = errors.hasErrors() ? null : form.details(errors);
		var circle = form.circleId(errors, circles);
		if (details != null && !errors.hasErrors()) {
			try {
				var event = management.update(slug, details, circle);
				if ("publish".equals(action) && event.status() == org.cercle.events.event.Event.Status.DRAFT) {
					management.publish(slug);
					redirect.addFlashAttribute("notice", "events.manage.published");
				}
				else {
					redirect.addFlashAttribute("notice",
							event.status() == org.cercle.events.event.Event.Status.PUBLISHED
									? "events.manage.saved-published" : "events.manage.saved");
				}
				return "redirect:/manage/events/" + slug;
			}
			catch (EventRefused refused) {
				if (refused.kind() != Refusal.Kind.INVALID) {
					throw refused;
				}
				errors.rejectValue("capacity", refused.messageKey(), refused.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("event", management.listing(slug));
		return FORM;
	}

	@PostMapping("/manage/events/{slug}/publication")
	String publish(@PathVariable String slug, RedirectAttributes redirect) {
		management.publish(slug);
		redirect.addFlashAttribute("notice", "events.manage.published");
		return "redirect:/manage/events/" + slug;
	}

	@PostMapping("/manage/events/{slug}/cancellation")
	String cancel(@PathVariable String slug, @RequestParam(name = "reason", defaultValue = "") String reason,
			RedirectAttributes redirect) {
		management.cancel(slug, reason);
		redirect.addFlashAttribute("notice", "events.manage.cancelled");
		return "redirect:/manage/events/" + slug;
	}

	@GetMapping("/manage/events/{slug}/registrations")
	String registrations(@PathVariable String slug, Model model) {
		var event = management.listing(slug);
		model.addAttribute("event", event);
		var rows = registrations.of(management.event(slug));
		model.addAttribute("rows", rows);
		model.addAttribute("totals", registrations.totals(java.util.List.of(event.id()))
			.getOrDefault(event.id(), RegistrationList.Totals.NONE));
		var chart = RegistrationCharts.perDay(rows);
		model.addAttribute("chart", chart);
		model.addAttribute("chartSvg", chart.svg());
		model.addAttribute("checkIn", RegistrationCharts.checkInRate(rows));
		return "events/manage/registrations";
	}

	@GetMapping("/manage/events/{slug}/registrations.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug) {
		var event = management.event(slug);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inscriptions-" + slug + ".csv").build().toString())
			.body(registrations.csv(event, org.springframework.context.i18n.LocaleContextHolder.getLocale())
				.getBytes(StandardCharsets.UTF_8));
	}

}
