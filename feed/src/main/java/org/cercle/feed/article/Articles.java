package org.cercle.feed.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Articles extends JpaRepository<Article, UUID> {

	boolean existsBySlug(String slug);

	Optional<Article> findBySlug(String slug);

	/**
	 * An author's articles, or everyone's when {@code author} is null, last edited first.
	 */
	@Query("select a from Article a where :author is null or a.authorId = :author order by a.updatedAt desc")
	List<Article> editableBy(@Param("author") @org.jspecify.annotations.Nullable UUID author, Limit limit);

	@Query("select a from Article a where a.slug = :slug and a.status = org.cercle.feed.article.Article.Status.PUBLISHED")
	Optional<Article> findPublished(@Param("slug") String slug);

	@Query("""
			select a from Article a where a.status = org.cercle.feed.article.Article.Status.PUBLISHED
			and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id))
			order by a.publishedAt desc, a.id desc""")
	List<Article> publishedBefore(@Param("at") Instant at, @Param("id") UUID id, Limit limit);

	@Query("""
			select a from Article a where a.status = org.cercle.feed.article.Article.Status.PUBLISHED
			and (a.publishedAt > :at or (a.publishedAt = :at and a.id > :id))
			order by a.publishedAt asc, a.id asc""")
	List<Article> publishedAfter(@Param("at") Instant at, @Param("id") UUID id, Limit limit);

	@Query("""
			select a from Article a where a.status = org.cercle.feed.article.Article.Status.PUBLISHED
			order by a.publishedAt desc, a.id desc""")
	List<Article> newest(Limit limit);

	@Query("select count(a) from Article a where a.status = org.cercle.feed.article.Article.Status.PUBLISHED")
	long countPublished();

	@Query("""
			select a from Article a where a.status = org.cercle.feed.article.Article.Status.PUBLISHED
			and a.authorId = :author order by a.publishedAt desc, a.id desc""")
	List<Article> publishedBy(@Param("author") java.util.UUID author, Limit limit);

	@Query("""
			select a from Article a join a.tags t
			where a.status = org.cercle.feed.article.Article.Status.PUBLISHED and t.id = :tag
			order by a.publishedAt desc, a.id desc""")
	List<Article> newestTagged(@Param("tag") UUID tag, Limit limit);

	@Query("""
			select new org.cercle.feed.article.Articles$SitemapEntry(a.slug, a.updatedAt) from Article a
			where a.status = org.cercle.feed.article.Article.Status.PUBLISHED order by a.publishedAt desc""")
	List<SitemapEntry> sitemapEntries(Limit limit);

	record SitemapEntry(String slug, Instant updatedAt) {
	}

	/**
	 * Published articles sharing the most tags with the given one, most recent first on
	 * ties.
	 */
	@Query(value = """
			select a.* from feed_article a
			join feed_article_tag shared on shared.article_id = a.id
			where a.status = 'PUBLISHED' and a.id <> :id
			and shared.tag_id in (select tag_id from feed_article_tag where article_id = :id)
			group by a.id
			order by count(*) desc, a.published_at desc, a.id desc
			limit :limit""", nativeQuery = true)
	List<Article> related(@Param("id") UUID id, @Param("limit") int limit);

}
