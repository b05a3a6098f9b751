/**
 * The in-process SMTP server of the embedded mode (GreenMail) and {@code /dev/mail},
 * where its messages can be read: both exist only when no SMTP server is configured and
 * the application runs on its embedded database (or when
 * {@code cercle.mail.embedded=true} says so).
 */
@NullMarked
package org.cercle.app.devmail;

import org.jspecify.annotations.NullMarked;
