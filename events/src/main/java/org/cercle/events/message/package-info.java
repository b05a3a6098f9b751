/**
 * « Écrire aux inscrits »: an organiser's message to an event's members, by e-mail
 * through the mail outbox, sent once and audited.
 */
@NullMarked
package org.cercle.events.message;

import org.jspecify.annotations.NullMarked;
