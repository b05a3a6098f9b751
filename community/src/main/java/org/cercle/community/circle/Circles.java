package org.cercle.community.circle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Circles extends JpaRepository<Circle, UUID> {

	Optional<Circle> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select c from Circle c where c.archived = false order by lower(c.name)")
	List<Circle> directory();

	@Query("select c from Circle c order by c.archived, lower(c.name)")
	List<Circle> everyCircle();

	/**
	 * Per circle, when something last happened in it: a member joined, a discussion or a
	 * reply.
	 */
	@Query(value = """
			select c.id, greatest(
			    (select max(m.since) from community_circle_membership m where m.circle_id = c.id and m.state = 'ACTIVE'),
			    (select max(d.last_post_at) from community_discussion d where d.circle_id = c.id and not d.deleted))
			from community_circle c where not c.archived""",
			nativeQuery = true)
	List<Object[]> latestActivity();

}
