package org.cercle.community.administration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One administrative action: who did what to whom, and when. Never changed once written.
 */
@Entity
@Table(name = "community_audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_id", nullable = false)
	private UUID actorId;

	@Column(nullable = false)
	private String action;

	@Column(name = "target_id")
	private @Nullable UUID targetId;

	private @Nullable String details;

	protected AuditEntry() {
		this.occurredAt = Instant.EPOCH;
		this.actorId = new UUID(0, 0);
		this.action = "";
	}

	AuditEntry(Instant occurredAt, UUID actorId, String action, @Nullable UUID targetId, @Nullable String details) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.action = action;
		this.targetId = targetId;
		this.details = details;
	}

	Instant occurredAt() {
		return occurredAt;
	}

	UUID actorId() {
		return actorId;
	}

	String action() {
		return action;
	}

	@Nullable UUID targetId() {
		return targetId;
	}

	@Nullable String details() {
		return details;
	}

}
