/**
 * The digest: what happened since the member's last visit, daily or weekly, only when
 * there is something.
 */
@NullMarked
package org.cercle.notifications.digest;

import org.jspecify.annotations.NullMarked;
