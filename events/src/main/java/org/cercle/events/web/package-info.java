/**
 * The events' HTTP edge: pages, forms, calendars and the organisers' tools; the only
 * package of the module that knows HTTP.
 */
@NullMarked
package org.cercle.events.web;

import org.jspecify.annotations.NullMarked;
