/**
 * The outbox: letters written in their cause's transaction, claimed by workers of every
 * instance, sent over SMTP with retries and back-off, purged after a while.
 */
@NullMarked
package org.cercle.mail.outbox;

import org.jspecify.annotations.NullMarked;
