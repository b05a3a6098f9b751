package org.cercle.feed.stream;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.cercle.feed.Announcement;
import org.cercle.feed.StreamItem;

@Entity
@Table(name = "feed_announcement")
class AnnouncementEntry {

	@Id
	private UUID id;

	@Column(name = "source_id", nullable = false, unique = true)
	private UUID sourceId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String path;

	@Column(nullable = false)
	private String summary;

	@Column(name = "announced_at", nullable = false)
	private Instant announcedAt;

	@Column(name = "happens_at")
	private @Nullable Instant happensAt;

	@Column(nullable = false)
	private boolean cancelled;

	private @Nullable String note;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected AnnouncementEntry() {
		this.id = UUID.randomUUID();
		this.sourceId = UUID.randomUUID();
		this.title = "";
		this.path = "";
		this.summary = "";
		this.announcedAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	AnnouncementEntry(Announcement announcement) {
		this();
		this.sourceId = announcement.sourceId();
		this.announcedAt = announcement.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		update(announcement);
	}

	void update(Announcement announcement) {
		title = announcement.title();
		path = announcement.path();
		summary = announcement.summary();
		happensAt = announcement.happensAt();
		cancelled = false;
		note = null;
		updatedAt = announcement.at();
	}

	void cancel(String reason, Instant at) {
		cancelled = true;
		note = reason;
		updatedAt = at;
	}

	UUID id() {
		return id;
	}

	String title() {
		return title;
	}

	String path() {
		return path;
	}

	Instant announcedAt() {
		return announcedAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	boolean cancelled() {
		return cancelled;
	}

	String text() {
		return cancelled && note != null ? note : summary;
	}

	StreamItem item() {
		return new StreamItem("announcement", title, path, text(), announcedAt, null, 0, List.of(), happensAt,
				cancelled);
	}

}
