/** The mail module's HTTP edge: the admin's outbox log. */
@NullMarked
package org.cercle.mail.web;

import org.jspecify.annotations.NullMarked;
