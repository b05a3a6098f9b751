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

import org.cercle.shared.Markdown;
import org.cercle.community.MemberId;
import org.cercle.feed.tag.Tag;
import org.cercle.feed.ArticleId;
import org.cercle.feed.ArticlePublished;
import org.cercle.feed.ArticleRef;

@Entity
@Table(name = "feed_article")
public class Article {

	public enum Status {

		DRAFT, SCHEDULED, PUBLISHED, ARCHIVED

	}

	private static final String MARKDOWN = "MARKDOWN";

	private static final String HTML = "HTML";

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

	/** HTML for bodies imported from WordPress, shown as HTML; Markdown otherwise. */
	@Column(name = "body_format", nullable = false)
	private String bodyFormat = MARKDOWN;

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

	@Column(name = "scheduled_at")
	private @Nullable Instant scheduledAt;

	@Column(name = "revised_at")
	private @Nullable Instant revisedAt;

	@Column(name = "cover_id")
	private @Nullable UUID coverId;

	@Column(name = "cover_alt")
	private @Nullable String coverAlt;

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

	public Article(String slug, String title, String summary, String bodyMarkdown, MemberId author, Instant now) {
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

	/**
	 * Makes the article public as of the given instant. An archived article published
	 * again keeps its first publication date.
	 */
	public void publish(Instant at) {
		Assert.state(status != Status.PUBLISHED, "The article is already published");
		var now = at.truncatedTo(ChronoUnit.MICROS);
		if (status == Status.ARCHIVED && publishedAt != null) {
			revisedAt = now;
		}
		else {
			publishedAt = now;
		}
		status = Status.PUBLISHED;
		scheduledAt = null;
		updatedAt = now;
	}

	/** Publishes the article at a later instant, without anyone acting then. */
	public void schedule(Instant at, Instant now) {
		Assert.state(status == Status.DRAFT || status == Status.SCHEDULED, "Only a draft can be scheduled");
		Assert.isTrue(at.isAfter(now), "A schedule lies in the future");
		status = Status.SCHEDULED;
		scheduledAt = at.truncatedTo(ChronoUnit.MICROS);
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** Back to a draft: a scheduled article is no longer due. */
	void unschedule(Instant now) {
		Assert.state(status == Status.SCHEDULED, "Only a scheduled article can be unscheduled");
		status = Status.DRAFT;
		scheduledAt = null;
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** Takes a published article away from readers; its address answers 404 again. */
	void archive(Instant now) {
		Assert.state(status == Status.PUBLISHED, "Only a published article can be archived");
		status = Status.ARCHIVED;
		updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** Gives the article a new slug (its title changed); returns the old one. */
	String moveTo(String newSlug) {
		var old = slug;
		slug = newSlug;
		return old;
	}

	void cover(@Nullable UUID image, @Nullable String alt) {
		coverId = image;
		coverAlt = image == null ? null : alt;
	}

	boolean wasEverPublished() {
		return publishedAt != null;
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
		if (status == Status.PUBLISHED) {
			this.revisedAt = this.updatedAt;
		}
	}

	boolean writtenBy(UUID member) {
		return authorId.equals(member);
	}

	public boolean isPublished() {
		return status == Status.PUBLISHED;
	}

	public Status status() {
		return status;
	}

	@Nullable public Instant scheduledAt() {
		return scheduledAt;
	}

	/** When a published article was last edited, shown as "Mis à jour le …". */
	@Nullable Instant revisedAt() {
		return revisedAt;
	}

	@Nullable UUID coverId() {
		return coverId;
	}

	@Nullable String coverAlt() {
		return coverAlt;
	}

	public void tag(Tag tag) {
		tags.add(tag);
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String bodyMarkdown() {
		return bodyMarkdown;
	}

	/** The body as readers see it, sanitised, whatever it was written in. */
	public String bodyHtml() {
		return HTML.equals(bodyFormat) ? Markdown.sanitizeHtml(bodyMarkdown) : Markdown.toSafeHtml(bodyMarkdown);
	}

	/** The body is HTML (imported), not Markdown. */
	public boolean bodyIsHtml() {
		return HTML.equals(bodyFormat);
	}

	/** An imported article: its body, WordPress's HTML, stays HTML. */
	public static Article imported(String slug, String title, String summary, String bodyHtml, MemberId author,
			Instant now) {
		var article = new Article(slug, title, summary, bodyHtml, author, now);
		article.bodyFormat = HTML;
		article.readingMinutes = Markdown.readingMinutes(Markdown.sanitizeHtml(bodyHtml));
		return article;
	}

	public MemberId authorId() {
		return new MemberId(authorId);
	}

	public Instant publishedAt() {
		Assert.state(publishedAt != null, "A draft has no publication instant");
		return publishedAt;
	}

	int readingMinutes() {
		return readingMinutes;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The fact that this article is published, as other modules hear it. */
	public ArticlePublished published() {
		return new ArticlePublished(new ArticleRef(new ArticleId(id), title, "/articles/" + slug, authorId()),
				sortedTags().stream().map(Tag::slug).toList());
	}

	public List<Tag> sortedTags() {
		return tags.stream().sorted(Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

}
