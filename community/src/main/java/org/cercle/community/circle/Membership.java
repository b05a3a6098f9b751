package org.cercle.community.circle;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.cercle.shared.Refusal;

@Entity
@Table(name = "community_circle_membership")
@IdClass(Membership.Key.class)
public class Membership {

	public enum Role {

		OWNER, MANAGER, MEMBER

	}

	public enum State {

		ACTIVE, PENDING

	}

	@Id
	@Column(name = "circle_id")
	private UUID circleId;

	@Id
	@Column(name = "member_id")
	private UUID memberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	private @Nullable String message;

	@Column(nullable = false)
	private Instant since;

	protected Membership() {
		this.circleId = UUID.randomUUID();
		this.memberId = UUID.randomUUID();
		this.role = Role.MEMBER;
		this.state = State.PENDING;
		this.since = Instant.EPOCH;
	}

	Membership(UUID circleId, UUID memberId, Role role, State state, @Nullable String message, Instant since) {
		this.circleId = circleId;
		this.memberId = memberId;
		this.role = role;
		this.state = state;
		this.message = message;
		this.since = since;
	}

	void approve(Instant at) {
		state = State.ACTIVE;
		since = at;
	}

	/**
	 * Steps down or up; the last owner may not step down: a circle always keeps an owner.
	 */
	void changeRole(Role newRole, long ownersOfCircle) {
		if (newRole != Role.OWNER) {
			refuseIfLastOwner(ownersOfCircle, "community.circle.last-owner-demoted");
		}
		role = newRole;
	}

	/**
	 * Leaves the circle (or withdraws a request); the last owner must hand over first.
	 */
	void leave(long ownersOfCircle) {
		refuseIfLastOwner(ownersOfCircle, "community.circle.last-owner");
	}

	/** Is removed by those who lead the circle; never its last owner. */
	void remove(long ownersOfCircle) {
		refuseIfLastOwner(ownersOfCircle, "community.circle.last-owner-removed");
	}

	/** The one place of the rule that a circle always keeps an owner. */
	private void refuseIfLastOwner(long ownersOfCircle, String messageKey) {
		if (role == Role.OWNER && active() && ownersOfCircle <= 1) {
			throw new CircleRefused(Refusal.Kind.CONFLICT, messageKey);
		}
	}

	UUID circleId() {
		return circleId;
	}

	UUID memberId() {
		return memberId;
	}

	Role role() {
		return role;
	}

	State state() {
		return state;
	}

	boolean active() {
		return state == State.ACTIVE;
	}

	boolean leads() {
		return active() && (role == Role.OWNER || role == Role.MANAGER);
	}

	@Nullable String message() {
		return message;
	}

	Instant since() {
		return since;
	}

	static class Key implements Serializable {

		private UUID circleId = new UUID(0, 0);

		private UUID memberId = new UUID(0, 0);

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.circleId.equals(circleId) && key.memberId.equals(memberId);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(circleId, memberId);
		}

	}

}
