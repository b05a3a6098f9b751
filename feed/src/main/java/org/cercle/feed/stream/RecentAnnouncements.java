package org.cercle.feed.stream;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The newest announcements, for the site's Atom feed. */
@Component
@Transactional(readOnly = true)
public class RecentAnnouncements {

	private final AnnouncementEntries entries;

	RecentAnnouncements(AnnouncementEntries entries) {
		this.entries = entries;
	}

	public List<Recent> newest(int count) {
		return entries.findBy(Sort.by(Sort.Direction.DESC, "announcedAt", "id"), Limit.of(count))
			.stream()
			.map(entry -> new Recent(entry.id(), entry.title(), entry.path(), entry.text(), entry.announcedAt(),
					entry.updatedAt(), entry.cancelled()))
			.toList();
	}

	/** An announcement as a feed entry shows it. */
	public record Recent(UUID id, String title, String path, String text, Instant announcedAt, Instant updatedAt,
			boolean cancelled) {
	}

}
