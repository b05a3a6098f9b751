package org.cercle.community.circle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A reply in a circle discussion. */
@Entity
@Table(name = "community_discussion_reply")
public class DiscussionReply {

	@Id
	private UUID id;

	@Column(name = "discussion_id", nullable = false)
	private UUID discussionId;

	@Column(name = "author_id", nullable = false)
	private UUID authorId;

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	@Column(nullable = false)
	private boolean deleted;

	/** Waits for a circle leader: a new member's first posts. */
	private boolean held;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "edited_at")
	private @Nullable Instant editedAt;

	protected DiscussionReply() {
		this.id = UUID.randomUUID();
		this.discussionId = id;
		this.authorId = id;
		this.bodyMarkdown = "";
		this.createdAt = Instant.EPOCH;
	}

	/** Why a leader or a moderator hid it; {@code null} while shown. */
	@Column(name = "hidden_reason")
	private @Nullable String hiddenReason;

	public @Nullable String hiddenReason() {
		return hiddenReason;
	}

	void hold() {
		held = true;
	}

	void release() {
		held = false;
	}

	public boolean held() {
		return held;
	}

	DiscussionReply(UUID discussionId, UUID authorId, String bodyMarkdown, Instant now) {
		this();
		this.discussionId = discussionId;
		this.authorId = authorId;
		this.bodyMarkdown = bodyMarkdown;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void edit(String markdown, Instant now) {
		bodyMarkdown = markdown;
		editedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void delete() {
		deleted = true;
		bodyMarkdown = "";
	}

	public UUID id() {
		return id;
	}

	UUID discussionId() {
		return discussionId;
	}

	UUID authorId() {
		return authorId;
	}

	String bodyMarkdown() {
		return bodyMarkdown;
	}

	boolean deleted() {
		return deleted;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant editedAt() {
		return editedAt;
	}

}
