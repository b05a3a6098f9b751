package org.cercle.events.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.events.event.Event;
import org.cercle.events.registration.Registration;
import org.cercle.events.registration.Registrations;
import org.cercle.mail.Letter;
import org.cercle.mail.Letters;
import org.cercle.mail.Outbox;
import org.cercle.shared.Markdown;
import org.cercle.shared.Refusal.Kind;
import org.cercle.shared.web.PublicAddress;

/**
 * An organiser writes to the confirmed members of an event (and, if they choose, to those
 * waiting): a subject and a Markdown text, one letter a member in their language, queued
 * in the outbox in the same transaction as the message's record and its audit entry. The
 * form's token is the message's id: the same form sent twice sends nothing the second
 * time.
 */
@Service
@Transactional
public class EventMessages {

	public static final int MAX_SUBJECT = 150;

	public static final int MAX_BODY = 10_000;

	private final JdbcClient jdbc;

	private final Registrations registrations;

	private final MemberDirectory members;

	private final Letters letters;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final PublicAddress address;

	private final Clock clock;

	EventMessages(JdbcClient jdbc, Registrations registrations, MemberDirectory members, Letters letters, Outbox outbox,
			AuditTrail audit, PublicAddress address, Clock clock) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.members = members;
		this.letters = letters;
		this.outbox = outbox;
		this.audit = audit;
		this.address = address;
		this.clock = clock;
	}

	/** The text as members will read it: Markdown made safe HTML. */
	public static String preview(String markdown) {
		return Markdown.toSafeHtml(markdown);
	}

	/** How many members a message would reach: the confirmed, and with the waitlist. */
	public record Audience(int confirmed, int withWaitlist) {
	}

	/** Both audiences, from one read of the registrations. */
	@Transactional(readOnly = true)
	public Audience audience(Event event) {
		var live = registrations.ofEvent(event.id())
			.stream()
			.map(Registration::status)
			.filter(status -> status != Registration.Status.CANCELLED)
			.toList();
		return new Audience((int) live.stream().filter(status -> status == Registration.Status.CONFIRMED).count(),
				live.size());
	}

	/**
	 * Sends the message; returns how many members it went to.
	 * @throws MessageRefused when the subject or text is missing or too long (invalid),
	 * or when this form was already sent (conflict)
	 */
	public int send(Event event, MemberId organiser, UUID token, String subject, String markdown,
			boolean withWaitlist) {
		var title = subject.strip();
		var body = markdown.strip();
		if (title.isEmpty() || title.length() > MAX_SUBJECT) {
			throw new MessageRefused(Kind.INVALID, "events.message.subject.invalid");
		}
		if (body.isEmpty() || body.length() > MAX_BODY) {
			throw new MessageRefused(Kind.INVALID, "events.message.body.invalid");
		}
		var to = recipientIds(event, withWaitlist);
		var recorded = jdbc
			.sql("""
					insert into events_message (id, event_id, author_id, subject, body_markdown, waitlisted, recipients, sent_at)
					values (:id, :event, :author, :subject, :body, :waitlisted, :recipients, :at)
					on conflict (id) do nothing""")
			.param("id", token)
			.param("event", event.id())
			.param("author", organiser.value())
			.param("subject", title)
			.param("body", body)
			.param("waitlisted", withWaitlist)
			.param("recipients", to.size())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (recorded == 0) {
			throw new MessageRefused(Kind.CONFLICT, "events.message.already-sent");
		}
		var base = address.base();
		var html = preview(body);
		for (var addressee : members.addressees(to).values()) {
			var rendered = letters.render("mail/events/message", addressee.language(), "events.message.mail.subject",
					new Object[] { event.title(), title },
					Map.of("name", addressee.displayName(), "event", event.title(), "eventUrl",
							base + "/events/" + event.slug(), "bodyHtml", html, "bodyText", body, "baseUrl", base));
			outbox.queue(new Letter("event.message", addressee.email(), addressee.displayName(), addressee.language(),
					rendered));
		}
		audit.record(organiser, "EVENT_MESSAGE_SENT", null,
				"« " + event.title() + " » : « " + title + " » (" + to.size() + ")");
		return to.size();
	}

	private List<MemberId> recipientIds(Event event, boolean withWaitlist) {
		return registrations.ofEvent(event.id())
			.stream()
			.filter(registration -> registration.status() == Registration.Status.CONFIRMED
					|| withWaitlist && registration.status() == Registration.Status.WAITLISTED)
			.map(registration -> new MemberId(registration.memberId()))
			.toList();
	}

}
