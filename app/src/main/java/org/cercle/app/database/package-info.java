/**
 * The embedded PostgreSQL of a fresh clone, the demo profile that goes with it, and a
 * plain connection for listening.
 */
@NullMarked
package org.cercle.app.database;

import org.jspecify.annotations.NullMarked;
