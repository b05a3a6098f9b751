package org.cercle.feed.article;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A slug an article had before its title changed; its address answers 301 to the current
 * one.
 */
@Entity
@Table(name = "feed_article_old_slug")
class OldSlug {

	@Id
	private String slug;

	@Column(name = "article_id", nullable = false)
	private UUID articleId;

	@Column(name = "retired_at", nullable = false)
	private Instant retiredAt;

	protected OldSlug() {
		this.slug = "";
		this.articleId = new UUID(0, 0);
		this.retiredAt = Instant.EPOCH;
	}

	OldSlug(String slug, UUID articleId, Instant retiredAt) {
		this.slug = slug;
		this.articleId = articleId;
		this.retiredAt = retiredAt;
	}

}
