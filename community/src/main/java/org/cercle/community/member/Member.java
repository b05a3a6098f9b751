package org.cercle.community.member;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;

@Entity
@Table(name = "community_member")
class Member {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String handle;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private @Nullable String bio;

	private @Nullable String organisation;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Member() {
		this.id = UUID.randomUUID();
		this.handle = "";
		this.displayName = "";
		this.createdAt = Instant.EPOCH;
	}

	Member(String handle, String displayName, @Nullable String bio, @Nullable String organisation, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.handle = handle.toLowerCase(Locale.ROOT);
		this.displayName = displayName;
		this.bio = bio;
		this.organisation = organisation;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	String handle() {
		return handle;
	}

	String displayName() {
		return displayName;
	}

	@Nullable String bio() {
		return bio;
	}

	@Nullable String organisation() {
		return organisation;
	}

	Instant createdAt() {
		return createdAt;
	}

	MemberSummary summary() {
		return new MemberSummary(new MemberId(id), handle, displayName);
	}

}
