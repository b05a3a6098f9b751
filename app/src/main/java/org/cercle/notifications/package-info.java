/**
 * Notifications: what concerns a member, told in the site ({@code /notifications}, a
 * count in the header) and by e-mail, from the other modules' domain events; follows of
 * tags and authors; preferences per kind; one-click unsubscribe. Lives in the
 * application's jar because it listens to every other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "community", "feed", "events", "mail", "shared" })
@NullMarked
package org.cercle.notifications;

import org.jspecify.annotations.NullMarked;
