/**
 * iCalendar files: the public calendar, one event's, and each member's personal feed.
 */
@NullMarked
package org.cercle.events.calendar;

import org.jspecify.annotations.NullMarked;
