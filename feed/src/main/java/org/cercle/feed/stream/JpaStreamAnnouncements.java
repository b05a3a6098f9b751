package org.cercle.feed.stream;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.feed.Announcement;
import org.cercle.feed.StreamAnnouncements;

@Service
@Transactional
class JpaStreamAnnouncements implements StreamAnnouncements {

	private final AnnouncementEntries entries;

	JpaStreamAnnouncements(AnnouncementEntries entries) {
		this.entries = entries;
	}

	@Override
	public void announce(Announcement announcement) {
		entries.findBySourceId(announcement.sourceId())
			.ifPresentOrElse(entry -> entry.update(announcement),
					() -> entries.save(new AnnouncementEntry(announcement)));
	}

	@Override
	public void cancel(UUID sourceId, String reason, Instant at) {
		entries.findBySourceId(sourceId).ifPresent(entry -> entry.cancel(reason, at));
	}

}
