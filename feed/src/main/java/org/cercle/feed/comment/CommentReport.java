package org.cercle.feed.comment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A member's report of a comment, with the reason they gave; one per member and comment.
 */
@Entity
@Table(name = "feed_comment_report")
@IdClass(CommentReport.Key.class)
class CommentReport {

	@Id
	@Column(name = "comment_id")
	private UUID commentId;

	@Id
	@Column(name = "reporter_id")
	private UUID reporterId;

	@Column(nullable = false)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CommentReport() {
		this.commentId = new UUID(0, 0);
		this.reporterId = new UUID(0, 0);
		this.reason = "";
		this.createdAt = Instant.EPOCH;
	}

	CommentReport(UUID commentId, UUID reporterId, String reason, Instant createdAt) {
		this.commentId = commentId;
		this.reporterId = reporterId;
		this.reason = reason;
		this.createdAt = createdAt;
	}

	UUID commentId() {
		return commentId;
	}

	UUID reporterId() {
		return reporterId;
	}

	String reason() {
		return reason;
	}

	static class Key implements Serializable {

		private UUID commentId = new UUID(0, 0);

		private UUID reporterId = new UUID(0, 0);

		void set(UUID comment, UUID reporter) {
			this.commentId = comment;
			this.reporterId = reporter;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.commentId.equals(commentId) && key.reporterId.equals(reporterId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(commentId, reporterId);
		}

	}

}
