package org.cercle.feed.tag;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Tags extends JpaRepository<Tag, UUID> {

	Optional<Tag> findBySlug(String slug);

	/** The tag of that name, created on first use. */
	default Tag named(String name) {
		var candidate = new Tag(name);
		return findBySlug(candidate.slug()).orElseGet(() -> save(candidate));
	}

}
