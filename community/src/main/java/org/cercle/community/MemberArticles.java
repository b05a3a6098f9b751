package org.cercle.community;

import java.time.Instant;
import java.util.List;

/**
 * The articles a member published, for their profile. Community does not know where
 * articles live: the application provides this from the feed.
 */
public interface MemberArticles {

	/** The member's newest published articles. */
	List<Article> newest(MemberId author, int max);

	/** A published article as a profile lists it. */
	record Article(String title, String path, Instant publishedAt) {
	}

}
