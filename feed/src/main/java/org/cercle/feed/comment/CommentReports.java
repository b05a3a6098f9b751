package org.cercle.feed.comment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentReports extends JpaRepository<CommentReport, CommentReport.Key> {

	@Query("select count(r) from CommentReport r where r.commentId = :comment")
	long countOf(@Param("comment") UUID comment);

	@Query("select r from CommentReport r where r.commentId in :comments order by r.createdAt")
	List<CommentReport> ofComments(@Param("comments") Collection<UUID> comments);

	@Query("select r.commentId from CommentReport r where r.reporterId = :reporter and r.commentId in :comments")
	List<UUID> reportedBy(@Param("reporter") UUID reporter, @Param("comments") Collection<UUID> comments);

	@Modifying
	@Query("delete from CommentReport r where r.commentId = :comment")
	void clear(@Param("comment") UUID comment);

}
