package org.cercle.events.registration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A member's place at an event: a confirmed seat, a place on the waitlist, or cancelled.
 */
@Entity
@Table(name = "events_registration")
public class Registration {

	public enum Status {

		CONFIRMED, WAITLISTED, CANCELLED

	}

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "member_id", nullable = false)
	private UUID memberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	protected Registration() {
		this.id = UUID.randomUUID();
		this.eventId = UUID.randomUUID();
		this.memberId = UUID.randomUUID();
		this.status = Status.CANCELLED;
		this.registeredAt = Instant.EPOCH;
	}

	public Registration(UUID eventId, UUID memberId, Status status, Instant at) {
		Assert.isTrue(status != Status.CANCELLED, "A registration starts confirmed or waitlisted");
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.memberId = memberId;
		this.status = status;
		this.registeredAt = at;
	}

	void cancel(Instant at) {
		Assert.state(status != Status.CANCELLED, "Already cancelled");
		status = Status.CANCELLED;
		cancelledAt = at;
	}

	void confirm() {
		Assert.state(status == Status.WAITLISTED, "Only a waitlisted registration moves up");
		status = Status.CONFIRMED;
	}

	public UUID id() {
		return id;
	}

	public UUID eventId() {
		return eventId;
	}

	public UUID memberId() {
		return memberId;
	}

	public Status status() {
		return status;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public @Nullable Instant cancelledAt() {
		return cancelledAt;
	}

}
