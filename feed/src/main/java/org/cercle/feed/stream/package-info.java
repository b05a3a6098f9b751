/**
 * The home stream of articles and announcements, and the Atom feeds built on it.
 */
@NullMarked
package org.cercle.feed.stream;

import org.jspecify.annotations.NullMarked;
