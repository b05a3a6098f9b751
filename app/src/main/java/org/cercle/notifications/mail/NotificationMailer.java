package org.cercle.notifications.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleCatalog;
import org.cercle.community.CircleId;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.events.EventId;
import org.cercle.events.EventParticipants;
import org.cercle.mail.Letter;
import org.cercle.mail.Letters;
import org.cercle.mail.Outbox;
import org.cercle.notifications.inbox.Inbox;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Texts;
import org.cercle.shared.web.PublicAddress;

/**
 * Turns notifications waiting for e-mail into letters through the mail outbox: at once
 * for most kinds; for replies, once the first of a thread has waited
 * {@code cercle.notifications.coalesce} (10 minutes), so that several replies in one
 * thread make one e-mail. Letters thread in mail clients
 * ({@code In-Reply-To}/{@code References} per article, discussion or event), event
 * letters carry the event as an iCalendar invitation, and every letter has a one-click
 * unsubscribe for its kind. One instance at a time (ShedLock); each notification is
 * marked sent in the transaction that queues its letter.
 */
@Component
public class NotificationMailer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The Content-ID of the check-in QR code inside a confirmation letter. */
	static final String CHECK_IN_IMAGE = "code-accueil@cercle";

	private final JdbcClient jdbc;

	private final MemberDirectory members;

	private final CircleCatalog circles;

	private final EventParticipants events;

	private final Texts texts;

	private final Letters letters;

	private final Outbox outbox;

	private final Unsubscribes unsubscribes;

	private final PublicAddress address;

	private final Clock clock;

	private final Duration coalesce;

	private final Duration keepRead;

	NotificationMailer(JdbcClient jdbc, MemberDirectory members, CircleCatalog circles, EventParticipants events,
			Texts texts, Letters letters, Outbox outbox, Unsubscribes unsubscribes, PublicAddress address, Clock clock,
			@Value("${cercle.notifications.coalesce:PT10M}") Duration coalesce,
			@Value("${cercle.notifications.keep-read:P90D}") Duration keepRead) {
		this.keepRead = keepRead;
		this.jdbc = jdbc;
		this.members = members;
		this.circles = circles;
		this.events = events;
		this.texts = texts;
		this.letters = letters;
		this.outbox = outbox;
		this.unsubscribes = unsubscribes;
		this.address = address;
		this.clock = clock;
		this.coalesce = coalesce;
	}

	@Scheduled(fixedDelayString = "${cercle.notifications.mail-every:PT15S}", initialDelayString = "PT10S")
	@SchedulerLock(name = "notifications.mail", lockAtMostFor = "PT5M")
	@Transactional
	public void run() {
		sendDue();
	}

	/** Queues the letters due now; returns how many. */
	@Transactional
	public int sendDue() {
		var now = clock.instant();
		var pending = jdbc.sql("""
				select id, member_id, kind, actor_id, path, args::text as args, circle_id, thread_key, created_at
				from notifications_notification where email_state = 'PENDING'
				order by created_at limit 1000 for update skip locked""")
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class),
					new MemberId(rs.getObject("member_id", UUID.class)), Kind.valueOf(rs.getString("kind")),
					rs.getObject("actor_id", UUID.class) == null ? null
							: new MemberId(rs.getObject("actor_id", UUID.class)),
					rs.getString("path"), JSON.readValue(rs.getString("args"), new TypeReference<List<String>>() {
					}),
					rs.getObject("circle_id", UUID.class) == null ? null
							: new CircleId(rs.getObject("circle_id", UUID.class)),
					rs.getString("thread_key"), rs.getTimestamp("created_at").toInstant()))
			.list();
		var groups = new LinkedHashMap<String, List<Pending>>();
		for (var notification : pending) {
			var key = notification.kind().coalesced() && notification.thread() != null
					? notification.member().value() + "|" + notification.kind() + "|" + notification.thread()
					: notification.id().toString();
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(notification);
		}
		var addressees = members.addressees(pending.stream().map(Pending::member).distinct().toList());
		var names = members
			.findAll(pending.stream().map(Pending::actor).filter(java.util.Objects::nonNull).distinct().toList());
		var sent = 0;
		for (var group : groups.values()) {
			var first = group.get(0);
			if (first.kind().coalesced() && first.at().isAfter(now.minus(coalesce))) {
				continue;
			}
			var readable = group.stream().filter(this::readable).toList();
			var to = addressees.get(first.member());
			if (to != null && !readable.isEmpty()) {
				outbox.queue(letter(to, readable, names));
				sent++;
			}
			jdbc.sql("update notifications_notification set email_state = 'SENT' where id = any(:ids)")
				.param("ids", group.stream().map(Pending::id).toArray(UUID[]::new))
				.update();
		}
		return sent;
	}

	private boolean readable(Pending notification) {
		return notification.circle() == null
				|| circles.readableBy(notification.member(), List.of(notification.circle()))
					.contains(notification.circle());
	}

	private Letter letter(org.cercle.community.Addressee to, List<Pending> group,
			Map<MemberId, org.cercle.community.MemberSummary> names) {
		var first = group.get(0);
		var base = address.base();
		var locale = to.language();
		var entries = group.stream()
			.map(n -> new Inbox.Entry(n.id(), n.kind(), n.actor(), n.path(), n.args(), n.circle(), n.at(), false))
			.toList();
		var lines = texts.of(entries, locale, names);
		var items = new ArrayList<Map<String, String>>();
		for (int i = 0; i < group.size(); i++) {
			items.add(Map.of("text", lines.get(i), "link", base + group.get(i).path()));
		}
		var unsubscribe = base + "/notifications/unsubscribe/" + unsubscribes.token(to.id(), first.kind());
		var subjectKey = group.size() > 1 ? "notifications.mail.subject.many" : "notifications.mail.subject";
		var code = checkInCode(first);
		var model = new java.util.HashMap<String, Object>(
				Map.of("name", to.displayName(), "items", items, "baseUrl", base, "unsubscribe", unsubscribe, "kind",
						texts.label(first.kind(), locale), "preferences", base + "/account/notifications"));
		if (code != null) {
			model.put("checkInCode", code);
			model.put("checkInImage", "cid:" + CHECK_IN_IMAGE);
		}
		var rendered = letters.render("mail/notifications/notification", locale, subjectKey,
				new Object[] { group.size() > 1 ? group.size() : lines.get(0), texts.label(first.kind(), locale) },
				model);
		var letter = new Letter("notification." + first.kind().name().toLowerCase(java.util.Locale.ROOT), to.email(),
				to.displayName(), locale, rendered)
			.withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		if (first.thread() != null) {
			var thread = "<" + first.thread().replace(':', '-') + "@" + hostOf(base) + ">";
			letter = letter.withHeader("In-Reply-To", thread).withHeader("References", thread);
		}
		if (first.kind().withCalendar() && first.thread() != null && first.thread().startsWith("event:")) {
			var event = new EventId(UUID.fromString(first.thread().substring("event:".length())));
			letter = letter.withAttachment(new Letter.Attachment("invitation.ics",
					"text/calendar; method=" + (first.kind() == Kind.EVENT_CANCELLED ? "CANCEL" : "REQUEST")
							+ "; charset=UTF-8",
					events.invitation(event, base).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		if (code != null) {
			letter = letter.withAttachment(new Letter.Attachment("code-accueil.png", "image/png",
					events.checkInQr(first.path().substring("/events/".length()), code, base), CHECK_IN_IMAGE));
		}
		return letter;
	}

	/**
	 * The check-in code a confirmation (or a seat freed from the waitlist) carries, shown
	 * in the letter as a QR code.
	 */
	private static @org.jspecify.annotations.Nullable String checkInCode(Pending notice) {
		var args = notice.args();
		if (!notice.path().startsWith("/events/")) {
			return null;
		}
		if (notice.kind() == Kind.REGISTRATION && args.size() > 3 && "confirmed-code".equals(args.get(0))) {
			return args.get(3);
		}
		if (notice.kind() == Kind.WAITLIST_PROMOTED && args.size() > 2 && "code".equals(args.get(0))) {
			return args.get(2);
		}
		return null;
	}

	private static String hostOf(String base) {
		var host = java.net.URI.create(base).getHost();
		return host == null ? "cercle" : host;
	}

	/**
	 * Forgets read notifications older than {@code cercle.notifications.keep-read} (90
	 * days).
	 */
	@Scheduled(cron = "${cercle.notifications.purge-cron:0 37 3 * * *}", zone = "Europe/Zurich")
	@SchedulerLock(name = "notifications.purge", lockAtMostFor = "PT30M")
	@Transactional
	public void purge() {
		jdbc.sql("delete from notifications_notification where read_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(keepRead)))
			.update();
	}

	private record Pending(UUID id, MemberId member, Kind kind, @org.jspecify.annotations.Nullable MemberId actor,
			String path, List<String> args, @org.jspecify.annotations.Nullable CircleId circle,
			@org.jspecify.annotations.Nullable String thread, java.time.Instant at) {
	}

}
