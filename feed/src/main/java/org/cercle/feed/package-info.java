/**
 * Articles, tags, the home stream, the Atom feeds and the sitemap. The types in this
 * package are the published API; everything in sub-packages is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fil", allowedDependencies = { "community", "shared" })
@NullMarked
package org.cercle.feed;

import org.jspecify.annotations.NullMarked;
