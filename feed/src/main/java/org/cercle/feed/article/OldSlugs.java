package org.cercle.feed.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OldSlugs extends JpaRepository<OldSlug, String> {

	/** The current slug of the published article that once had this slug. */
	@Query("""
			select a.slug from OldSlug o, Article a where o.slug = :slug and a.id = o.articleId
			and a.status = org.cercle.feed.article.Article.Status.PUBLISHED""")
	Optional<String> currentSlugOf(@Param("slug") String slug);

}
