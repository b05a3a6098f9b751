/**
 * What event pages read: the agenda by month, past events, an event with its seats and
 * the viewer's place.
 */
@NullMarked
package org.cercle.events.agenda;

import org.jspecify.annotations.NullMarked;
