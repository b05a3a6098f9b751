/**
 * Comments on articles (known by article id): posting, editing, reports and moderation.
 */
@NullMarked
package org.cercle.feed.comment;

import org.jspecify.annotations.NullMarked;
