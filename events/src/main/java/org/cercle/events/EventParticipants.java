package org.cercle.events;

import java.time.Instant;
import java.util.List;

import org.cercle.community.MemberId;

/** Who takes part in an event, and the invitation calendars understand. */
public interface EventParticipants {

	/** The members registered for the event, confirmed or waiting. */
	List<MemberId> registered(EventId event);

	/**
	 * The event as an iCalendar invitation: {@code METHOD:REQUEST} with the event's UID
	 * and current SEQUENCE, or {@code METHOD:CANCEL} once it is cancelled, so calendars
	 * update the entry they already have.
	 */
	String invitation(EventId event, String baseUrl);

	/**
	 * A confirmed member's check-in code as a PNG QR code holding the organiser's
	 * check-in address for them, for their confirmation e-mail.
	 */
	byte[] checkInQr(String eventSlug, String code, String baseUrl);

	/**
	 * Confirmed seats of published events starting after {@code from} and no later than
	 * {@code to}: whom to remind. Cancelled events and cancelled registrations are not
	 * there.
	 */
	List<Attendance> confirmedStartingBetween(Instant from, Instant to);

	/**
	 * The member's registrations (confirmed or waiting) for events still to come, soonest
	 * first.
	 */
	List<Attendance> upcomingOf(MemberId member, Instant now);

	/** A member's confirmed seat at an event. */
	record Attendance(EventId event, String slug, String title, Instant startsAt, MemberId member) {

		public String path() {
			return "/events/" + slug;
		}

	}

}
