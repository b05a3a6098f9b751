package org.cercle.feed.stream;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnouncementEntries extends JpaRepository<AnnouncementEntry, UUID> {

	Optional<AnnouncementEntry> findBySourceId(UUID sourceId);

	List<AnnouncementEntry> findBy(Sort sort, Limit limit);

}
