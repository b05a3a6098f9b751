/** The inbox: notifications, preferences per kind, follows. */
@NullMarked
package org.cercle.notifications.inbox;

import org.jspecify.annotations.NullMarked;
