package org.cercle.events.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.cercle.community.Role;
import org.cercle.community.Viewer;

import org.cercle.events.agenda.EventQueries;
import org.cercle.events.agenda.EventView;
import org.cercle.shared.web.SharedPage;

@Controller
class EventController {

	private final EventQueries queries;

	EventController(EventQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/events")
	String upcoming(Model model) {
		model.addAttribute("months", queries.upcomingByMonth());
		return "events/agenda/upcoming";
	}

	@GetMapping("/series/{slug}")
	String series(@PathVariable String slug, Model model) {
		var series = queries.series(slug);
		model.addAttribute("series", series);
		model.addAttribute("materialsOf", queries.materialsOf(series.past()));
		var chart = new BarChart("Participation par édition",
				"Participants inscrits de chaque édition passée de " + series.name() + ", dont venus à l'accueil.",
				"venus à l'accueil", "inscrits sans passage à l'accueil",
				series.attendance()
					.stream()
					.map(edition -> new BarChart.Bar(
							java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.FRENCH)
								.format(edition.startsAt().atZone(java.time.ZoneId.of("Europe/Zurich"))),
							edition.checkedIn(), edition.confirmed() - edition.checkedIn()))
					.toList());
		model.addAttribute("chart", chart);
		model.addAttribute("chartSvg", chart.svg());
		return "events/agenda/series";
	}

	@GetMapping("/events/past")
	String past(Model model) {
		var past = queries.past();
		model.addAttribute("events", past);
		model.addAttribute("materialsOf", queries.materialsOf(past));
		return "events/agenda/past";
	}

	/**
	 * What of the member's own the event page shows: their place (none, confirmed, or a
	 * position on the waitlist) and whether they may see drafts.
	 */
	private static String shape(boolean manager, EventView.@Nullable MyPlace mine) {
		var place = mine == null ? "none" : mine.confirmed() ? "confirmed" : "waitlisted:" + mine.waitlistPosition();
		return (manager ? "manager," : "") + place;
	}

	@GetMapping("/events/{slug}")
	String show(@PathVariable String slug, @Nullable Authentication authentication, Model model) {
		var manager = Viewer.holds(authentication, Role.ORGANISER, Role.ADMIN);
		var viewer = Viewer.memberId(authentication);
		var event = queries.view(slug, manager);
		if (viewer != null) {
			event = event.withMine(queries.place(slug, viewer));
		}
		model.addAttribute("event", event);
		SharedPage.share(model, shape(manager, event.mine()));
		model.addAttribute("jsonLd",
				EventJsonLd.of(event, ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
		return "events/agenda/detail";
	}

}
