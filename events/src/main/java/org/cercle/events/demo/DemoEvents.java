package org.cercle.events.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberDirectory;
import org.cercle.community.CircleCatalog;
import org.cercle.community.MemberId;
import org.cercle.shared.Slugs;
import org.cercle.events.event.AgendaItem;
import org.cercle.events.event.Event;
import org.cercle.events.event.EventDetails;
import org.cercle.events.event.Events;
import org.cercle.events.event.Speaker;
import org.cercle.events.event.Venue;

import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Registrations;

/**
 * Demo events, created once in demo mode: two past Matinées E2.0 from the community's
 * history and three upcoming sessions dated from today, the nearest one full with a
 * waitlist.
 */
@Component
@Profile("demo")
@Order(30)
class DemoEvents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

	private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	private static final Venue GENEVA_VENUE = new Venue("Espace Cercle", "rue du Rhône 12", "Genève", null);

	private final Events events;

	private final Registrations registrations;

	private final MemberDirectory members;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final CircleCatalog circles;

	private final org.cercle.events.material.EventMaterials materials;

	private final org.cercle.events.material.EventWriteUps writeUps;

	DemoEvents(Events events, Registrations registrations, MemberDirectory members, ApplicationEventPublisher publisher,
			Clock clock, CircleCatalog circles, org.cercle.events.material.EventMaterials materials,
			org.cercle.events.material.EventWriteUps writeUps) {
		this.materials = materials;
		this.writeUps = writeUps;
		this.events = events;
		this.registrations = registrations;
		this.members = members;
		this.publisher = publisher;
		this.clock = clock;
		this.circles = circles;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (events.count() > 0) {
			return;
		}
		var organiser = member("anais");
		var today = LocalDate.now(clock.withZone(GENEVA));
		save(matinee(2, "Réseaux sociaux d'entreprise : premiers retours du terrain", LocalDate.of(2012, 10, 17),
				"Deux entreprises romandes racontent le lancement de leur réseau social interne, succès et déconvenues comprises.",
				null), organiser, List.of("claude", "leo"));
		save(matinee(3, "Futur du travail : métiers et IT, un nouveau contrat de service", LocalDate.of(2013, 1, 23),
				"Le poste de travail change plus vite que l'organisation : comment les métiers et l'informatique peuvent-ils s'engager l'un envers l'autre ?",
				null), organiser, List.of("claude", "sophie", "leo"));
		save(matinee(4, "Le social CRM au service de la relation client", wednesdayAfter(today.plusDays(21)),
				"Écouter, répondre et apprendre en public : retours d'expérience d'équipes marketing et service client.",
				3), organiser, List.of("claude", "sophie", "nadia", "leo"));
		save(matinee(5, "Smart city : la ville comme communauté", wednesdayAfter(today.plusDays(49)),
				"Capteurs, données ouvertes et participation des habitants : ce que les villes intelligentes apprennent aux organisations.",
				40), organiser, List.of("leo"));
		save(matinee(6, "Animer une communauté de pratique", wednesdayAfter(today.plusDays(84)),
				"Atelier participatif pour community managers internes : rituels, mesure et leadership.", 25),
				organiser, List.of());
		circles.all()
			.stream()
			.filter(circle -> circle.slug().equals("community-managers"))
			.findFirst()
			.ifPresent(circle -> events.findBySlug(Slugs.of("Animer une communauté de pratique"))
				.ifPresent(event -> event.tieTo(circle.id())));
		materials("Réseaux sociaux d'entreprise : premiers retours du terrain", "reseaux-sociaux-2012.pdf",
				"Toutes les Matinées E2.0", "/series/matinees-e2-0");
		materials("Futur du travail : métiers et IT, un nouveau contrat de service", "futur-du-travail-2013.pdf",
				"Lecture préparatoire : comment allons-nous travailler demain ?",
				"/articles/" + Slugs.of("Comment allons-nous travailler demain ? (Future of Work)"));
		events.findBySlug(Slugs.of("Futur du travail : métiers et IT, un nouveau contrat de service"))
			.ifPresent(event -> writeUps.choose(event,
					Slugs.of("Matinée E2.0 > Métiers et IT : un nouveau contrat de service !")));
		log.info("Demo events created: 2 past and 3 upcoming Matinées E2.0, the past ones with their materials, "
				+ "the 2013 one with its write-up");
	}

	/** A past Matinée's slides (a PDF written here) and a link. */
	private void materials(String title, String fileName, String linkTitle, String link) {
		events.findBySlug(Slugs.of(title)).ifPresent(event -> {
			materials.addFile(event, "Supports de présentation", fileName,
					DemoSlides.pdf("Matinée E2.0 n° " + event.edition(), title.replace('\u2019', '\''),
							"Supports de démonstration écrits par Cercle.", "Genève, " + fileName.replace(".pdf", "")));
			materials.addLink(event, linkTitle, link);
		});
	}

	private EventDetails matinee(int edition, String title, LocalDate day, String summary, Integer capacity) {
		var starts = ZonedDateTime.of(day, LocalTime.of(8, 0), GENEVA).toInstant();
		var ends = ZonedDateTime.of(day, LocalTime.of(10, 30), GENEVA).toInstant();
		var description = summary + "\n\nComme chaque Matinée E2.0, la rencontre commence par un café d'accueil, "
				+ "se poursuit par deux courtes présentations et se termine par une discussion ouverte entre participants. "
				+ "Venez avec vos questions et vos expériences : ce sont elles qui font la richesse de ces matinées.";
		return new EventDetails(title, summary, description, "Matinées E2.0", edition, starts, ends, GENEVA_VENUE,
				capacity, null, null,
				List.of(new Speaker("Claude Marchand", "Animateur", "Cercle E2.0"),
						new Speaker("Sophie Rochat", "Chercheuse", "Observatoire du travail")),
				List.of(new AgendaItem("08:00", "Accueil et café"), new AgendaItem("08:30", "Présentations"),
						new AgendaItem("09:30", "Discussion ouverte"), new AgendaItem("10:30", "Fin de la matinée")));
	}

	private void save(EventDetails details, MemberId organiser, List<String> attendees) {
		var event = new Event(Slugs.of(details.title()), details, organiser, clock.instant());
		var monthBefore = details.startsAt().minus(java.time.Duration.ofDays(30));
		var published = event.publish(monthBefore.isBefore(clock.instant()) ? monthBefore : clock.instant());
		events.saveAndFlush(event);
		publisher.publishEvent(published);
		var capacity = details.capacity();
		int confirmed = 0;
		for (var handle : attendees) {
			var status = capacity == null || confirmed < capacity ? Registration.Status.CONFIRMED
					: Registration.Status.WAITLISTED;
			if (status == Registration.Status.CONFIRMED) {
				confirmed++;
			}
			registrations.save(new Registration(event.id(), member(handle).value(), status,
					clock.instant().plusMillis(attendees.indexOf(handle))));
		}
	}

	private static LocalDate wednesdayAfter(LocalDate day) {
		return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
	}

	private MemberId member(String handle) {
		return members.findByHandle(handle)
			.orElseThrow(() -> new IllegalStateException("Demo member @" + handle + " is missing"))
			.id();
	}

}
