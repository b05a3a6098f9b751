/**
 * Tags that articles carry.
 */
@NullMarked
package org.cercle.feed.tag;

import org.jspecify.annotations.NullMarked;
