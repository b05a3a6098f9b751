/**
 * The article aggregate: writing, scheduling, publishing, old slugs, search and the
 * sitemap's pages.
 */
@NullMarked
package org.cercle.feed.article;

import org.jspecify.annotations.NullMarked;
