package org.cercle.community.circle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A thread a member of a circle started: a title, a Markdown text, and replies. */
@Entity
@Table(name = "community_discussion")
public class Discussion {

	@Id
	private UUID id;

	@Column(name = "circle_id", nullable = false)
	private UUID circleId;

	@Column(name = "author_id", nullable = false)
	private UUID authorId;

	@Column(nullable = false)
	private String title;

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	@Column(nullable = false)
	private boolean deleted;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "edited_at")
	private @Nullable Instant editedAt;

	@Column(name = "last_post_at", nullable = false)
	private Instant lastPostAt;

	@Column(name = "reply_count", nullable = false)
	private int replyCount;

	/** Waits for a circle leader: a new member's first posts. */
	private boolean held;

	protected Discussion() {
		this.id = UUID.randomUUID();
		this.circleId = id;
		this.authorId = id;
		this.title = "";
		this.bodyMarkdown = "";
		this.createdAt = Instant.EPOCH;
		this.lastPostAt = Instant.EPOCH;
	}

	Discussion(UUID circleId, UUID authorId, String title, String bodyMarkdown, Instant now) {
		this();
		this.circleId = circleId;
		this.authorId = authorId;
		this.title = title;
		this.bodyMarkdown = bodyMarkdown;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
		this.lastPostAt = this.createdAt;
	}

	void edit(String newTitle, String markdown, Instant now) {
		title = newTitle;
		bodyMarkdown = markdown;
		editedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void delete() {
		deleted = true;
		bodyMarkdown = "";
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

	void replied(Instant at) {
		replyCount++;
		lastPostAt = at.truncatedTo(ChronoUnit.MICROS);
	}

	public UUID id() {
		return id;
	}

	UUID circleId() {
		return circleId;
	}

	public UUID authorId() {
		return authorId;
	}

	public String title() {
		return title;
	}

	public String bodyMarkdown() {
		return bodyMarkdown;
	}

	boolean deleted() {
		return deleted;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Nullable public Instant editedAt() {
		return editedAt;
	}

	public Instant lastPostAt() {
		return lastPostAt;
	}

	int replyCount() {
		return replyCount;
	}

}
