/**
 * Demo articles and comments for the embedded mode, and the volume generator for
 * benchmarks.
 */
@NullMarked
package org.cercle.feed.demo;

import org.jspecify.annotations.NullMarked;
