package org.cercle.feed.article;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Newest-first pages of published articles, optionally of one tag, by keyset: each page
 * starts strictly after the last article of the previous one, so no page ever skips or
 * repeats.
 */
@Component
class ArticleTimeline {

	static final int PAGE_SIZE = 10;

	private final EntityManager entityManager;

	ArticleTimeline(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** One page plus, when there is more, the cursor of the next one. */
	Slice page(@Nullable UUID tagId, @Nullable Cursor before) {
		var jpql = new StringBuilder("select a from Article a where a.status = :published");
		if (tagId != null) {
			jpql.append(" and exists (select 1 from a.tags t where t.id = :tag)");
		}
		if (before != null) {
			jpql.append(" and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id))");
		}
		jpql.append(" order by a.publishedAt desc, a.id desc");
		var query = entityManager.createQuery(jpql.toString(), Article.class)
			.setParameter("published", Article.Status.PUBLISHED)
			.setMaxResults(PAGE_SIZE + 1);
		if (tagId != null) {
			query.setParameter("tag", tagId);
		}
		if (before != null) {
			query.setParameter("at", before.at()).setParameter("id", before.id());
		}
		var found = query.getResultList();
		if (found.size() <= PAGE_SIZE) {
			return new Slice(found, null);
		}
		var page = found.subList(0, PAGE_SIZE);
		return new Slice(page, Cursor.after(page.get(PAGE_SIZE - 1)).format());
	}

	record Slice(List<Article> articles, @Nullable String older) {
	}

}
