/**
 * Demo Matinées for the embedded mode, and the volume generator for benchmarks.
 */
@NullMarked
package org.cercle.events.demo;

import org.jspecify.annotations.NullMarked;
