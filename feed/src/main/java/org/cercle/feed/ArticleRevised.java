package org.cercle.feed;

/** A published article was edited (its text, title, summary or tags). */
public record ArticleRevised(ArticleRef article) {
}
