/**
 * Pages that belong to no module: home, search, sitemap, robots.txt, and the error pages
 * every refusal ends in.
 */
@NullMarked
package org.cercle.app.pages;

import org.jspecify.annotations.NullMarked;
