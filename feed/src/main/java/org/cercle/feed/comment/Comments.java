package org.cercle.feed.comment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Comments extends JpaRepository<Comment, UUID> {

	Optional<Comment> findByRemoteId(String remoteId);

	/**
	 * Whether the member wrote a comment on the article, or reported one of its comments.
	 */
	@Query(value = """
			select exists (select 1 from feed_comment where article_id = :article and author_id = :member)
			    or exists (select 1 from feed_comment_report r join feed_comment c on c.id = r.comment_id
			               where c.article_id = :article and r.reporter_id = :member)""", nativeQuery = true)
	boolean touchedBy(@Param("article") UUID article, @Param("member") UUID member);

	List<Comment> findByRemoteActor(String remoteActor);

	@Query("select c from Comment c where c.articleId = :article order by c.createdAt, c.id")
	List<Comment> ofArticle(@Param("article") UUID article);

	@Query("select c from Comment c where c.authorId = :author order by c.createdAt")
	List<Comment> ofAuthor(@Param("author") UUID author);

	@Query("select count(c) from Comment c where c.authorId = :author and c.createdAt > :since")
	long countSince(@Param("author") UUID author, @Param("since") Instant since);

	@Query("select count(c) from Comment c where c.authorId = :author and c.approvedAt is not null")
	long approvedOf(@Param("author") UUID author);

	@Query("select c from Comment c where c.status in :statuses order by c.createdAt")
	List<Comment> withStatus(@Param("statuses") List<Comment.Status> statuses, Limit limit);

	@Query("""
			select c from Comment c where c.status = org.cercle.feed.comment.Comment.Status.PUBLISHED
			and exists (select r from CommentReport r where r.commentId = c.id) order by c.createdAt""")
	List<Comment> reportedButVisible(Limit limit);

}
