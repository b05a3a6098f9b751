/** What each domain event tells whom. */
@NullMarked
package org.cercle.notifications.listeners;

import org.jspecify.annotations.NullMarked;
