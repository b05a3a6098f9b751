package org.cercle.feed.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import org.cercle.community.Markdown;
import org.cercle.community.MemberId;
import org.cercle.feed.tag.Tag;

@Entity
@Table(name = "feed_article")
class Article {

	enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown;

	@Column(name = "author_id", nullable = false)
	private UUID authorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "reading_minutes", nullable = false)
	private int readingMinutes;

	@ManyToMany
	@JoinTable(name = "feed_article_tag", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@BatchSize(size = 50)
	private Set<Tag> tags = new LinkedHashSet<>();

	protected Article() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.title = "";
		this.summary = "";
		this.bodyMarkdown = "";
		this.authorId = UUID.randomUUID();
		this.status = Status.DRAFT;
		this.updatedAt = Instant.EPOCH;
	}

	Article(String slug, String title, String summary, String bodyMarkdown, MemberId author, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.authorId = author.value();
		this.status = Status.DRAFT;
		this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.readingMinutes = Markdown.readingMinutes(bodyMarkdown);
	}

	/** Makes a draft public as of the given instant. */
	void publish(Instant at) {
		Assert.state(status == Status.DRAFT, "Only a draft can be published");
		status = Status.PUBLISHED;
		publishedAt = at.truncatedTo(ChronoUnit.MICROS);
		updatedAt = publishedAt;
	}

	/** Replaces what authors edit; the slug stays, so links keep working. */
	void edit(String title, String summary, String bodyMarkdown, java.util.Collection<Tag> newTags, Instant now) {
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.readingMinutes = Markdown.readingMinutes(bodyMarkdown);
		this.tags.clear();
		this.tags.addAll(newTags);
		this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	boolean writtenBy(UUID member) {
		return authorId.equals(member);
	}

	boolean isPublished() {
		return status == Status.PUBLISHED;
	}

	void tag(Tag tag) {
		tags.add(tag);
	}

	UUID id() {
		return id;
	}

	String slug() {
		return slug;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	String bodyMarkdown() {
		return bodyMarkdown;
	}

	MemberId authorId() {
		return new MemberId(authorId);
	}

	Instant publishedAt() {
		Assert.state(publishedAt != null, "A draft has no publication instant");
		return publishedAt;
	}

	int readingMinutes() {
		return readingMinutes;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	List<Tag> sortedTags() {
		return tags.stream().sorted(Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

}
