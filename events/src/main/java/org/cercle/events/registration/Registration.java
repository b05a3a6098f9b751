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

	/** Shown to the member (a QR code) and read at the door. */
	@Column(name = "check_in_code", nullable = false)
	private String checkInCode;

	@Column(name = "checked_in_at")
	private @Nullable Instant checkedInAt;

	private static final java.security.SecureRandom CODES = new java.security.SecureRandom();

	protected Registration() {
		this.id = UUID.randomUUID();
		this.eventId = UUID.randomUUID();
		this.memberId = UUID.randomUUID();
		this.status = Status.CANCELLED;
		this.registeredAt = Instant.EPOCH;
		this.checkInCode = "";
	}

	public Registration(UUID eventId, UUID memberId, Status status, Instant at) {
		Assert.isTrue(status != Status.CANCELLED, "A registration starts confirmed or waitlisted");
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.memberId = memberId;
		this.status = status;
		this.registeredAt = at;
		this.checkInCode = java.util.HexFormat.of().withUpperCase().formatHex(randomBytes());
	}

	private static byte[] randomBytes() {
		var bytes = new byte[5];
		CODES.nextBytes(bytes);
		return bytes;
	}

	/**
	 * Checks the member in at the door; false when they already were. Only a confirmed
	 * seat can be.
	 */
	boolean checkIn(Instant at) {
		Assert.state(status == Status.CONFIRMED, "Only a confirmed registration is checked in");
		if (checkedInAt != null) {
			return false;
		}
		checkedInAt = at;
		return true;
	}

	public String checkInCode() {
		return checkInCode;
	}

	public @Nullable Instant checkedInAt() {
		return checkedInAt;
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
