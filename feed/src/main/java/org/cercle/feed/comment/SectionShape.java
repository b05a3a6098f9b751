package org.cercle.feed.comment;

/**
 * What an article's comment section looks like to a member who wrote nothing and reported
 * nothing in it: the same for every such member, so it can be rendered once.
 *
 * @param open whether comments are open
 * @param mayComment whether the member may comment (open, and not stopped from
 * commenting)
 * @param mayClose whether the member may close or reopen the comments
 */
public record SectionShape(boolean open, boolean mayComment, boolean mayClose) {
}
