package org.cercle.notifications.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleCatalog;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.events.EventParticipants;
import org.cercle.events.UpcomingEvents;
import org.cercle.feed.LatestStream;
import org.cercle.mail.Letter;
import org.cercle.mail.Letters;
import org.cercle.mail.Outbox;
import org.cercle.notifications.mail.Unsubscribes;
import org.cercle.notifications.inbox.Kind;
import org.cercle.shared.web.PublicAddress;

/**
 * The digest, daily or weekly (weekly unless the member chose otherwise, or never): new
 * articles, active discussions of the member's circles, their upcoming events and the
 * next open ones; sent only when there is something, and only to members who have not
 * visited since the last one (their latest session's last access). Runs hourly on one
 * instance at a time; the members due are found with one indexed query.
 */
@Service
public class Digests {

	public enum Frequency {

		DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7)), NEVER(Duration.ZERO);

		private final Duration period;

		Frequency(Duration period) {
			this.period = period;
		}

	}

	private final JdbcClient jdbc;

	private final MemberDirectory members;

	private final CircleCatalog circles;

	private final EventParticipants registrations;

	private final UpcomingEvents upcoming;

	private final LatestStream stream;

	private final Letters letters;

	private final Outbox outbox;

	private final Unsubscribes unsubscribes;

	private final PublicAddress address;

	private final Clock clock;

	Digests(JdbcClient jdbc, MemberDirectory members, CircleCatalog circles, EventParticipants registrations,
			UpcomingEvents upcoming, LatestStream stream, Letters letters, Outbox outbox, Unsubscribes unsubscribes,
			PublicAddress address, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.circles = circles;
		this.registrations = registrations;
		this.upcoming = upcoming;
		this.stream = stream;
		this.letters = letters;
		this.outbox = outbox;
		this.unsubscribes = unsubscribes;
		this.address = address;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Frequency frequency(MemberId member) {
		return jdbc.sql("select frequency from notifications_digest where member_id = :member")
			.param("member", member.value())
			.query(String.class)
			.optional()
			.map(Frequency::valueOf)
			.orElse(Frequency.WEEKLY);
	}

	@Transactional
	public void choose(MemberId member, Frequency frequency) {
		jdbc.sql("""
				insert into notifications_digest (member_id, frequency, last_at) values (:member, :frequency, :now)
				on conflict (member_id) do update set frequency = excluded.frequency""")
			.param("member", member.value())
			.param("frequency", frequency.name())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	@Scheduled(cron = "${cercle.notifications.digest-cron:0 5 * * * *}", zone = "Europe/Zurich")
	@SchedulerLock(name = "notifications.digest", lockAtMostFor = "PT30M")
	@Transactional
	public void run() {
		sendDue();
	}

	/** Sends the digests due now; returns how many were sent. */
	@Transactional
	public int sendDue() {
		var now = clock.instant();
		enrolNewMembers(now);
		var due = jdbc.sql("""
				select d.member_id, d.last_at,
				       (select max(to_timestamp(s.last_access_time / 1000.0)) from spring_session s
				        where s.principal_name = d.member_id::text) as visited
				from notifications_digest d
				where (d.frequency = 'DAILY' and d.last_at <= :day) or (d.frequency = 'WEEKLY' and d.last_at <= :week)
				limit 2000""")
			.param("day", Timestamp.from(now.minus(Frequency.DAILY.period)))
			.param("week", Timestamp.from(now.minus(Frequency.WEEKLY.period)))
			.query((rs, row) -> new Due(new MemberId(rs.getObject("member_id", UUID.class)),
					rs.getTimestamp("last_at").toInstant(),
					rs.getTimestamp("visited") == null ? null : rs.getTimestamp("visited").toInstant()))
			.list();
		var addressees = members.addressees(due.stream().map(Due::member).toList());
		var sent = 0;
		var news = new HashMap<Instant, List<Map<String, String>>>();
		for (var member : due) {
			var to = addressees.get(member.member());
			if (to != null && (member.visited() == null || member.visited().isBefore(member.since()))) {
				var articles = news.computeIfAbsent(member.since(), this::articlesSince);
				var letter = letter(to, member.since(), articles, now);
				if (letter != null) {
					outbox.queue(letter);
					sent++;
				}
			}
			jdbc.sql("update notifications_digest set last_at = :now where member_id = :member")
				.param("now", Timestamp.from(now))
				.param("member", member.member().value())
				.update();
		}
		return sent;
	}

	private @org.jspecify.annotations.Nullable Letter letter(org.cercle.community.Addressee to, Instant since,
			List<Map<String, String>> articles, Instant now) {
		var base = address.base();
		var discussions = circles.activeDiscussions(to.id(), since, 5)
			.stream()
			.map(d -> Map.of("title", d.title() + " (" + d.circleName() + ")", "link", base + d.path()))
			.toList();
		var mine = registrations.upcomingOf(to.id(), now)
			.stream()
			.limit(5)
			.map(a -> Map.of("title", a.title(), "link", base + a.path()))
			.toList();
		if (articles.isEmpty() && discussions.isEmpty()) {
			return null;
		}
		var next = upcoming.next(3)
			.stream()
			.filter(event -> !event.cancelled())
			.map(event -> Map.of("title", event.title(), "link", base + event.path()))
			.toList();
		var unsubscribe = base + "/notifications/unsubscribe/" + unsubscribes.token(to.id(), Kind.DIGEST);
		var variables = new HashMap<String, Object>();
		variables.put("name", to.displayName());
		variables.put("articles", absolute(articles, base));
		variables.put("discussions", discussions);
		variables.put("mine", mine);
		variables.put("next", next);
		variables.put("baseUrl", base);
		variables.put("unsubscribe", unsubscribe);
		variables.put("preferences", base + "/account/notifications");
		var rendered = letters.render("mail/notifications/digest", to.language(), "notifications.digest.subject",
				new Object[0], variables);
		return new Letter("notification.digest", to.email(), to.displayName(), to.language(), rendered)
			.withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
	}

	private List<Map<String, String>> articlesSince(Instant since) {
		return stream.latest(null)
			.items()
			.stream()
			.filter(item -> !item.announcement() && item.at().isAfter(since))
			.limit(5)
			.map(item -> Map.of("title", item.title(), "link", item.path()))
			.toList();
	}

	private static List<Map<String, String>> absolute(List<Map<String, String>> items, String base) {
		var list = new ArrayList<Map<String, String>>();
		items.forEach(item -> list.add(Map.of("title", item.get("title"), "link", base + item.get("link"))));
		return list;
	}

	/**
	 * Members who never had a digest start their period now: nobody gets one on their
	 * first day.
	 */
	private void enrolNewMembers(Instant now) {
		jdbc.sql("""
				insert into notifications_digest (member_id, frequency, last_at)
				select id, 'WEEKLY', :now from unnest(cast(:ids as uuid[])) id
				on conflict (member_id) do nothing""")
			.param("ids", members.reachable().stream().map(MemberId::value).toArray(UUID[]::new))
			.param("now", Timestamp.from(now))
			.update();
	}

	private record Due(MemberId member, Instant since, @org.jspecify.annotations.Nullable Instant visited) {
	}

}
