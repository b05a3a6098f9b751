/**
 * Notifications by e-mail: coalesced, threaded, with calendars; one-click unsubscribe.
 */
@NullMarked
package org.cercle.notifications.mail;

import org.jspecify.annotations.NullMarked;
