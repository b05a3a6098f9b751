/** Benchmarks run on demand through profiles; nothing here runs in normal operation. */
@NullMarked
package org.cercle.app.bench;

import org.jspecify.annotations.NullMarked;
