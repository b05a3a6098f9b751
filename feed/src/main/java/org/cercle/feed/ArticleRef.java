package org.cercle.feed;

import org.cercle.community.MemberId;

/** An article as other modules need to name it and link to it. */
public record ArticleRef(ArticleId id, String title, String path, MemberId author) {
}
