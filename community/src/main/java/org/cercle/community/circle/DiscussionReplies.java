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
			and r.deleted = false and d.deleted = false and r.held = false and d.held = false
			order by r.createdAt desc""")
	List<DiscussionReply> latestIn(@Param("circle") UUID circle, Limit limit);

	/** Discussions and replies of the member that readers see (not held, not deleted). */
	@Query(value = """
			select (select count(*) from community_discussion where author_id = :member and not held and not deleted)
			     + (select count(*) from community_discussion_reply where author_id = :member and not held and not deleted)""",
			nativeQuery = true)
	long publishedBy(@Param("member") UUID member);

}
