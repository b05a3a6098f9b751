package org.cercle.notifications.reminders;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.events.EventParticipants;
import org.cercle.notifications.inbox.Inbox;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Notice;
import org.cercle.notifications.inbox.Preferences;
import org.cercle.notifications.inbox.ReminderLead;

/**
 * Reminds confirmed members of an event 24 hours before it (or 2 hours, or never, as each
 * chose). Runs every minute on one instance at a time (ShedLock); a reminder is keyed by
 * the event and its start, so it is written once, and an event moved to another time gets
 * its reminder at the new time. Cancelled events and cancelled registrations are never
 * reminded.
 */
@Component
public class EventReminders {

	private final EventParticipants participants;

	private final Preferences preferences;

	private final Inbox inbox;

	private final Clock clock;

	EventReminders(EventParticipants participants, Preferences preferences, Inbox inbox, Clock clock) {
		this.participants = participants;
		this.preferences = preferences;
		this.inbox = inbox;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cercle.notifications.remind-every:PT1M}", initialDelayString = "PT20S")
	@SchedulerLock(name = "notifications.reminders", lockAtMostFor = "PT5M")
	@Transactional
	public void run() {
		remindDue();
	}

	/** Writes the reminders due now; returns how many. */
	@Transactional
	public int remindDue() {
		var now = clock.instant();
		var reminded = 0;
		for (var seat : participants.confirmedStartingBetween(now, now.plus(ReminderLead.H24.before()))) {
			var lead = preferences.reminderLead(seat.member());
			if (lead == ReminderLead.OFF || seat.startsAt().isAfter(now.plus(lead.before()))) {
				continue;
			}
			var written = inbox.notify(new Notice(seat.member(), Kind.EVENT_REMINDER,
					"reminder:" + seat.event().value() + ":" + seat.startsAt().getEpochSecond(), null, seat.path(),
					List.of(lead.name(), seat.title()), null, "event:" + seat.event().value()));
			reminded += written ? 1 : 0;
		}
		return reminded;
	}

}
