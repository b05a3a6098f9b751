package org.cercle.feed;

import java.time.Instant;
import java.util.List;

import org.cercle.community.MemberId;

/** A member's published articles, newest first, for their profile. */
public interface AuthorArticles {

	List<Entry> newest(MemberId author, int max);

	/** A published article: its title, page and publication. */
	record Entry(String title, String path, Instant publishedAt) {
	}

}
