/**
 * The anonymous page cache, the content caches for members, conditional requests, and how
 * they learn of changes (local commits, PostgreSQL LISTEN/NOTIFY).
 */
@NullMarked
package org.cercle.app.cache;

import org.jspecify.annotations.NullMarked;
