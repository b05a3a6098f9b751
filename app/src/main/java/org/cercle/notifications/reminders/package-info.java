/**
 * Reminders of the events members registered for, 24 or 2 hours before, as each chose.
 */
@NullMarked
package org.cercle.notifications.reminders;

import org.jspecify.annotations.NullMarked;
