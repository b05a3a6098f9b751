package org.cercle.community.circle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Circles extends JpaRepository<Circle, UUID> {

	Optional<Circle> findBySlugAndArchivedFalse(String slug);

	boolean existsBySlug(String slug);

	@Query("select c from Circle c where c.archived = false order by lower(c.name)")
	List<Circle> directory();

}
