/**
 * Where the modules meet without seeing each other: the events module's published and
 * cancelled events become the feed's announcements, write-ups link an event and an
 * article, and a member's profile lists the articles they published.
 */
@NullMarked
package org.cercle.app.announcements;

import org.jspecify.annotations.NullMarked;
