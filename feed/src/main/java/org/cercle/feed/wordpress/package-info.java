/**
 * Moving a WordPress blog in and out: WXR import and export.
 */
@NullMarked
package org.cercle.feed.wordpress;

import org.jspecify.annotations.NullMarked;
