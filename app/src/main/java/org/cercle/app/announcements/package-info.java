/**
 * Turns the events module's published and cancelled events into the feed's announcements
 * (feed and events never see each other).
 */
@NullMarked
package org.cercle.app.announcements;

import org.jspecify.annotations.NullMarked;
