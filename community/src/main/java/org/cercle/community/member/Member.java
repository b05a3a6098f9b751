package org.cercle.community.member;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;

import org.cercle.community.Role;

/** A member of the community: public identity, sign-in identity, status and roles. */
@Entity
@Table(name = "community_member")
public class Member {

	public enum Status {

		ACTIVE, SUSPENDED, DELETED

	}

	public static final String DELETED_NAME = "membre supprimé";

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String handle;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private @Nullable String email;

	/** How the address is compared: {@link Identifiers#key}. */
	@Column(name = "email_key")
	private @Nullable String emailKey;

	@Column(name = "password_hash")
	private @Nullable String passwordHash;

	private @Nullable String bio;

	private @Nullable String organisation;

	private @Nullable String links;

	@Column(name = "avatar_version")
	private @Nullable Integer avatarVersion;

	/** Whether the member chose to appear in the directory ({@code /members}). */
	private boolean listed;

	/** Whether the member's profile shows the upcoming events they attend. */
	@Column(name = "shows_events")
	private boolean showsEvents;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.ACTIVE;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "community_member_role", joinColumns = @JoinColumn(name = "member_id"))
	@org.hibernate.annotations.BatchSize(size = 100)
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "deleted_at")
	private @Nullable Instant deletedAt;

	@Column(name = "email_verified_at")
	private @Nullable Instant emailVerifiedAt;

	@Column(nullable = false)
	private String language = "fr";

	@Version
	private long version;

	protected Member() {
		this.id = UUID.randomUUID();
		this.handle = "";
		this.displayName = "";
		this.createdAt = Instant.EPOCH;
	}

	public Member(String handle, String displayName, @Nullable String email, @Nullable String passwordHash,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.handle = Identifiers.key(handle);
		this.displayName = displayName;
		this.email = email == null ? null : email.strip();
		this.emailKey = email == null ? null : Identifiers.key(email);
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	/**
	 * The address was proved by a link sent to it (or needs no proof: demo, import, first
	 * admin).
	 */
	public void verifyEmail(Instant at) {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = at;
		}
	}

	public boolean emailVerified() {
		return emailVerifiedAt != null;
	}

	/** A new address, proved by the link sent to it. */
	public void changeEmail(String address, Instant at) {
		email = address.strip();
		emailKey = Identifiers.key(address);
		emailVerifiedAt = at;
	}

	/** The language letters are written in: French unless the member chose English. */
	public Locale language() {
		return Locale.forLanguageTag(language);
	}

	public void speak(Locale locale) {
		language = "en".equals(locale.getLanguage()) ? "en" : "fr";
	}

	public void describe(String displayName, @Nullable String bio, @Nullable String organisation,
			@Nullable String links) {
		Assert.state(status != Status.DELETED, "A deleted member has no profile");
		this.displayName = displayName;
		this.bio = bio;
		this.organisation = organisation;
		this.links = links;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void grant(Role role) {
		roles.add(role);
	}

	public void revoke(Role role) {
		roles.remove(role);
	}

	public void suspend() {
		Assert.state(status == Status.ACTIVE, "Only an active member can be suspended");
		status = Status.SUSPENDED;
	}

	public void reactivate() {
		Assert.state(status == Status.SUSPENDED, "Only a suspended member can be reactivated");
		status = Status.ACTIVE;
	}

	/**
	 * Erases every personal datum: what the member wrote elsewhere stays, signed "membre
	 * supprimé".
	 */
	public void erase(Instant at) {
		handle = "supprime-" + id.toString().substring(0, 8);
		displayName = DELETED_NAME;
		email = null;
		emailKey = null;
		passwordHash = null;
		bio = null;
		organisation = null;
		links = null;
		roles.clear();
		avatarVersion = null;
		listed = false;
		showsEvents = false;
		status = Status.DELETED;
		deletedAt = at;
	}

	public UUID id() {
		return id;
	}

	public MemberId memberId() {
		return new MemberId(id);
	}

	public String handle() {
		return handle;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable String passwordHash() {
		return passwordHash;
	}

	public @Nullable String bio() {
		return bio;
	}

	public @Nullable String organisation() {
		return organisation;
	}

	public @Nullable String links() {
		return links;
	}

	public Status status() {
		return status;
	}

	public boolean isActive() {
		return status == Status.ACTIVE;
	}

	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	public boolean holds(Role role) {
		return roles.contains(role);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public MemberSummary summary() {
		return new MemberSummary(new MemberId(id), handle, displayName, status == Status.DELETED, avatarPath("small"));
	}

	/** Where the member's picture of that size is served, {@code null} for initials. */
	public @Nullable String avatarPath(String size) {
		return avatarVersion == null || status == Status.DELETED ? null
				: "/avatars/" + id + "/" + size + "?v=" + avatarVersion;
	}

	/** A new picture: its address changes, so browsers fetch it again. */
	public void changeAvatar() {
		avatarVersion = avatarVersion == null ? 1 : avatarVersion + 1;
	}

	public void removeAvatar() {
		avatarVersion = null;
	}

	/** What the directory and the profile may show of the member, by their choice. */
	public void choose(boolean listed, boolean showsEvents) {
		this.listed = listed;
		this.showsEvents = showsEvents;
	}

	public boolean listed() {
		return listed;
	}

	public boolean showsEvents() {
		return showsEvents;
	}

}
