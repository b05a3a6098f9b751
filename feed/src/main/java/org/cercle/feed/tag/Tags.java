package org.cercle.feed.tag;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Tags extends JpaRepository<Tag, UUID> {

	Optional<Tag> findBySlug(String slug);

	/** The names of the most used tags, for the editor to suggest. */
	@org.springframework.data.jpa.repository.Query(value = """
			select t.name from feed_tag t left join feed_article_tag at on at.tag_id = t.id
			group by t.id, t.name order by count(at.article_id) desc, t.name limit :max""", nativeQuery = true)
	java.util.List<String> mostUsedNames(int max);

	/** The tag of that name, created on first use. */
	default Tag named(String name) {
		var candidate = new Tag(name);
		return findBySlug(candidate.slug()).orElseGet(() -> save(candidate));
	}

}
