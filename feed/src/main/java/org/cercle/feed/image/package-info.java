/**
 * Cover images: checked by content, re-encoded, stored in PostgreSQL.
 */
@NullMarked
package org.cercle.feed.image;

import org.jspecify.annotations.NullMarked;
