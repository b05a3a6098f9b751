/**
 * Registrations and seats: the event locked once per request, the capacity held, the
 * waitlist served in order.
 */
@NullMarked
package org.cercle.events.registration;

import org.jspecify.annotations.NullMarked;
