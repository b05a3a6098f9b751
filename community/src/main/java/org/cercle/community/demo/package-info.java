/**
 * Demo members and circles for the embedded mode, and the volume generator for
 * benchmarks.
 */
@NullMarked
package org.cercle.community.demo;

import org.jspecify.annotations.NullMarked;
