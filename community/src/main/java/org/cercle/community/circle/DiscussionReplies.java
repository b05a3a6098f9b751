package org.cercle.community.circle;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DiscussionReplies extends JpaRepository<DiscussionReply, UUID> {

	@Query("select r from DiscussionReply r where r.discussionId = :discussion order by r.createdAt, r.id")
	List<DiscussionReply> of(@Param("discussion") UUID discussion);

	@Query("""
			select r from DiscussionReply r, Discussion d where r.discussionId = d.id and d.circleId = :circle
			and r.deleted = false and d.deleted = false order by r.createdAt desc""")
	List<DiscussionReply> latestIn(@Param("circle") UUID circle, Limit limit);

}
