package org.cercle.feed.comment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import org.cercle.feed.RemoteComments;
import org.cercle.shared.Refusal;

/**
 * A member's comment on an article, or a reply to one. Its status says who may read it:
 * pending comments wait for a moderator, held ones were reported by several members,
 * hidden ones were hidden by a moderator (with a reason shown in place of the text),
 * deleted ones by their author.
 */
@Entity
@Table(name = "feed_comment")
public class Comment {

	public enum Status {

		PENDING, PUBLISHED, HELD, HIDDEN, DELETED

	}

	@Id
	private UUID id;

	@Column(name = "article_id", nullable = false)
	private UUID articleId;

	@Column(name = "parent_id")
	private @Nullable UUID parentId;

	@Column(name = "author_id")
	private @Nullable UUID authorId;

	@Column(name = "imported_author")
	private @Nullable String importedAuthor;

	@Column(name = "remote_id")
	private @Nullable String remoteId;

	@Column(name = "remote_actor")
	private @Nullable String remoteActor;

	@Column(name = "remote_author_url")
	private @Nullable String remoteAuthorUrl;

	@Column(name = "remote_avatar")
	private @Nullable String remoteAvatar;

	@Column(name = "body_html")
	private @Nullable String bodyHtml;

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "hidden_reason")
	private @Nullable String hiddenReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "edited_at")
	private @Nullable Instant editedAt;

	@Column(name = "approved_at")
	private @Nullable Instant approvedAt;

	protected Comment() {
		this.id = UUID.randomUUID();
		this.articleId = this.id;
		this.authorId = this.id;
		this.bodyMarkdown = "";
		this.status = Status.PENDING;
		this.createdAt = Instant.EPOCH;
	}

	Comment(UUID articleId, @Nullable UUID parentId, UUID authorId, String bodyMarkdown, boolean trusted, Instant now) {
		this();
		this.articleId = articleId;
		this.parentId = parentId;
		this.authorId = authorId;
		this.bodyMarkdown = bodyMarkdown;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
		if (trusted) {
			this.status = Status.PUBLISHED;
			this.approvedAt = this.createdAt;
		}
	}

	/** A comment brought from another platform: its author is a name, not a member. */
	static Comment imported(UUID articleId, @Nullable UUID parentId, String authorName, String text, Instant at,
			boolean approved) {
		var comment = new Comment();
		comment.articleId = articleId;
		comment.parentId = parentId;
		comment.authorId = null;
		comment.importedAuthor = authorName;
		comment.bodyMarkdown = text;
		comment.createdAt = at.truncatedTo(ChronoUnit.MICROS);
		comment.status = approved ? Status.PUBLISHED : Status.PENDING;
		comment.approvedAt = approved ? comment.createdAt : null;
		return comment;
	}

	/**
	 * A reply from the social web: its author is a remote account (name, profile,
	 * picture), its text HTML; it waits for a moderator unless its server is trusted.
	 */
	static Comment remote(UUID articleId, @Nullable UUID parentId, RemoteComments.Reply reply) {
		var comment = imported(articleId, parentId, reply.authorName(), reply.text(), reply.at(), reply.trusted());
		comment.remoteId = reply.remoteId();
		comment.remoteActor = reply.actor();
		comment.remoteAuthorUrl = reply.authorUrl();
		comment.remoteAvatar = reply.avatar();
		comment.bodyHtml = reply.html();
		return comment;
	}

	/** Its remote author changed it (an {@code Update}). */
	void editRemotely(String html, String text, Instant now) {
		if (status == Status.DELETED) {
			return;
		}
		bodyHtml = html;
		bodyMarkdown = text;
		editedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** Whether the member wrote this comment (imported comments belong to no member). */
	boolean writtenBy(@Nullable UUID member) {
		return member != null && member.equals(authorId);
	}

	boolean editableBy(UUID member, Instant now, Duration window) {
		return writtenBy(member) && (status == Status.PUBLISHED || status == Status.PENDING)
				&& now.isBefore(createdAt.plus(window));
	}

	/**
	 * Its author changes the text, within the edit window and while the comment is shown
	 * or waiting.
	 */
	void edit(String markdown, UUID member, Instant now, Duration window) {
		if (!editableBy(member, now, window)) {
			throw new CommentRefused(Refusal.Kind.NOT_ALLOWED, "feed.comment.edit-window");
		}
		bodyMarkdown = markdown;
		editedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void deleteByAuthor() {
		status = Status.DELETED;
		bodyMarkdown = "";
		bodyHtml = null;
		hiddenReason = null;
	}

	/** Reported by enough members: out of sight until a moderator decides. */
	void hold() {
		if (status == Status.PUBLISHED) {
			status = Status.HELD;
		}
	}

	void approve(Instant now) {
		Assert.state(status == Status.PENDING || status == Status.HELD || status == Status.HIDDEN,
				"Only a pending, held or hidden comment can be approved");
		status = Status.PUBLISHED;
		hiddenReason = null;
		if (approvedAt == null) {
			approvedAt = now.truncatedTo(ChronoUnit.MICROS);
		}
	}

	void hide(String reason) {
		Assert.state(status != Status.DELETED, "A deleted comment cannot be hidden");
		status = Status.HIDDEN;
		hiddenReason = reason;
	}

	public UUID id() {
		return id;
	}

	UUID articleId() {
		return articleId;
	}

	@Nullable UUID parentId() {
		return parentId;
	}

	@Nullable UUID authorId() {
		return authorId;
	}

	@Nullable String remoteId() {
		return remoteId;
	}

	@Nullable String remoteActor() {
		return remoteActor;
	}

	@Nullable String remoteAuthorUrl() {
		return remoteAuthorUrl;
	}

	@Nullable String remoteAvatar() {
		return remoteAvatar;
	}

	@Nullable String bodyHtml() {
		return bodyHtml;
	}

	@Nullable String importedAuthor() {
		return importedAuthor;
	}

	public String bodyMarkdown() {
		return bodyMarkdown;
	}

	public Status status() {
		return status;
	}

	@Nullable String hiddenReason() {
		return hiddenReason;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant editedAt() {
		return editedAt;
	}

}
