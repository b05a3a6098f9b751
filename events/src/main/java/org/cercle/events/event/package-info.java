/**
 * The event aggregate: drafting, editing, publishing and cancelling, each guarded by the
 * event itself.
 */
@NullMarked
package org.cercle.events.event;

import org.jspecify.annotations.NullMarked;
