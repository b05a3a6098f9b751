package org.cercle.community.circle;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Discussions extends JpaRepository<Discussion, UUID> {

	@Query("select d from Discussion d where d.circleId = :circle and d.deleted = false and d.held = false order by d.lastPostAt desc")
	List<Discussion> latestOf(@Param("circle") UUID circle, Limit limit);

	@Query("select d from Discussion d where d.circleId = :circle and d.deleted = false and d.held = false order by d.createdAt desc")
	List<Discussion> newestOf(@Param("circle") UUID circle, Limit limit);

}
