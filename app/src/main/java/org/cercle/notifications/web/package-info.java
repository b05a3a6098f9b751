/**
 * The notification centre, preferences, follow buttons and the unread count in the
 * header.
 */
@NullMarked
package org.cercle.notifications.web;

import org.jspecify.annotations.NullMarked;
