package org.cercle.events.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.cercle.community.MemberId;
import org.cercle.events.EventCancelled;
import org.cercle.events.EventId;
import org.cercle.events.EventPublished;
import org.cercle.shared.Refusal;
import org.cercle.community.CircleId;

@Entity
@Table(name = "events_event")
public class Event {

	public enum Status {

		DRAFT, PUBLISHED, CANCELLED

	}

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(name = "description_markdown", nullable = false)
	private String descriptionMarkdown;

	private @Nullable String series;

	private @Nullable Integer edition;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "zone_id", nullable = false)
	private String zoneId = "Europe/Zurich";

	@Embedded
	private Venue venue;

	private @Nullable Integer capacity;

	@Column(name = "registration_opens_at")
	private @Nullable Instant registrationOpensAt;

	@Column(name = "registration_closes_at")
	private @Nullable Instant registrationClosesAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.DRAFT;

	@Column(name = "cancellation_reason")
	private @Nullable String cancellationReason;

	@Column(nullable = false)
	private int sequence;

	@Column(name = "circle_id")
	private @Nullable UUID circleId;

	@Column(name = "organiser_id", nullable = false)
	private UUID organiserId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "events_speaker", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	private List<Speaker> speakers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "events_agenda_item", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@Version
	private long version;

	protected Event() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.title = "";
		this.summary = "";
		this.descriptionMarkdown = "";
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
		this.venue = new Venue(null, null, null, null);
		this.organiserId = UUID.randomUUID();
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public Event(String slug, EventDetails details, MemberId organiser, Instant now) {
		this();
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.organiserId = organiser.value();
		this.createdAt = now;
		apply(details, now);
	}

	/**
	 * Replaces what organisers edit; publishing the change gives calendars a new
	 * SEQUENCE. The capacity may not fall below the seats already confirmed.
	 */
	public void update(EventDetails details, long confirmed, Instant now) {
		refuseIfCancelled();
		if (details.capacity() != null && details.capacity() < confirmed) {
			throw new EventRefused(Refusal.Kind.INVALID, "events.form.capacity.below-confirmed", confirmed);
		}
		apply(details, now);
	}

	/** Ties the event to the circle that organises it, or to none. */
	public void tieTo(@Nullable CircleId circle) {
		this.circleId = circle == null ? null : circle.value();
	}

	public @Nullable CircleId circleId() {
		return circleId == null ? null : new CircleId(circleId);
	}

	/**
	 * Publishes a draft, or the changes of a published event (then calendars see a higher
	 * SEQUENCE).
	 */
	public EventPublished publish(Instant now) {
		refuseIfCancelled();
		if (status == Status.PUBLISHED) {
			sequence++;
		}
		status = Status.PUBLISHED;
		updatedAt = now;
		return new EventPublished(eventId(), slug, title, summary, startsAt, now, sequence, circleId());
	}

	/**
	 * Cancels a published event; the reason (500 characters at most) is shown to
	 * everyone.
	 */
	public EventCancelled cancel(String reason, Instant now) {
		if (status != Status.PUBLISHED) {
			throw new EventRefused(Refusal.Kind.CONFLICT, "events.manage.only-published-cancel");
		}
		if (reason.isBlank() || reason.length() > 500) {
			throw new EventRefused(Refusal.Kind.INVALID, "events.manage.reason-required");
		}
		status = Status.CANCELLED;
		cancellationReason = reason.strip();
		sequence++;
		updatedAt = now;
		return new EventCancelled(eventId(), slug, title, reason, now);
	}

	private void refuseIfCancelled() {
		if (status == Status.CANCELLED) {
			throw new EventRefused(Refusal.Kind.CONFLICT, "events.manage.cancelled-is-final");
		}
	}

	/** Why a member may not register now, as a message key; empty when they may. */
	public Optional<String> registrationRefusal(Instant now) {
		if (status == Status.DRAFT) {
			return Optional.of("events.registration.not-published");
		}
		if (status == Status.CANCELLED) {
			return Optional.of("events.registration.cancelled");
		}
		if (!now.isBefore(startsAt)) {
			return Optional.of("events.registration.started");
		}
		if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
			return Optional.of("events.registration.not-open");
		}
		if (registrationClosesAt != null && !now.isBefore(registrationClosesAt)) {
			return Optional.of("events.registration.closed");
		}
		return Optional.empty();
	}

	private void apply(EventDetails details, Instant now) {
		this.title = details.title();
		this.summary = details.summary();
		this.descriptionMarkdown = details.description();
		this.series = details.series();
		this.edition = details.edition();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.venue = details.venue();
		this.capacity = details.capacity();
		this.registrationOpensAt = details.registrationOpensAt();
		this.registrationClosesAt = details.registrationClosesAt();
		this.speakers = new ArrayList<>(details.speakers());
		this.agenda = new ArrayList<>(details.agenda());
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public EventId eventId() {
		return new EventId(id);
	}

	public String slug() {
		return slug;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String descriptionMarkdown() {
		return descriptionMarkdown;
	}

	public @Nullable String series() {
		return series;
	}

	public @Nullable Integer edition() {
		return edition;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String zoneId() {
		return zoneId;
	}

	public Venue venue() {
		return venue;
	}

	public @Nullable Integer capacity() {
		return capacity;
	}

	public @Nullable Instant registrationOpensAt() {
		return registrationOpensAt;
	}

	public @Nullable Instant registrationClosesAt() {
		return registrationClosesAt;
	}

	public Status status() {
		return status;
	}

	public @Nullable String cancellationReason() {
		return cancellationReason;
	}

	public int sequence() {
		return sequence;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/**
	 * What organisers edit, as they last saved it (read inside a transaction: speakers
	 * and agenda load lazily).
	 */
	public EventDetails details() {
		return new EventDetails(title, summary, descriptionMarkdown, series, edition, startsAt, endsAt, venue, capacity,
				registrationOpensAt, registrationClosesAt, List.copyOf(speakers), List.copyOf(agenda));
	}

	public List<Speaker> speakers() {
		return List.copyOf(speakers);
	}

	public List<AgendaItem> agenda() {
		return List.copyOf(agenda);
	}

}
