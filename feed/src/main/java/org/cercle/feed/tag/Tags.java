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

	/** Tags with published articles, by slug, after the given slug. */
	@org.springframework.data.jpa.repository.Query(
			value = """
					select t.slug as slug, t.name as name, count(a.id) as articles from feed_tag t
					join feed_article_tag at on at.tag_id = t.id join feed_article a on a.id = at.article_id and a.status = 'PUBLISHED'
					where t.slug > :after group by t.id, t.slug, t.name order by t.slug limit :max""",
			nativeQuery = true)
	java.util.List<InUse> pageAfter(String after, int max);

	/** A tag with its number of published articles. */
	interface InUse {

		String getSlug();

		String getName();

		long getArticles();

	}

	/** The tag of that name, created on first use. */
	default Tag named(String name) {
		var candidate = new Tag(name);
		return findBySlug(candidate.slug()).orElseGet(() -> save(candidate));
	}

}
