/**
 * E-mail for every module: a letter is queued in the transaction of its cause
 * ({@link Outbox}) and sent afterwards over SMTP by a worker, once, with retries. Letters
 * are rendered from Thymeleaf templates as plain text and HTML ({@link Letters}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Courrier", allowedDependencies = "shared")
@NullMarked
package org.cercle.mail;

import org.jspecify.annotations.NullMarked;
