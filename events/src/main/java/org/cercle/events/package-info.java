/**
 * Events: the Matinées E2.0 and any other meeting, their registrations and calendars. The
 * types in this package are the published API; everything in sub-packages is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Événements",
		allowedDependencies = { "community", "shared", "mail" })
@NullMarked
package org.cercle.events;

import org.jspecify.annotations.NullMarked;
