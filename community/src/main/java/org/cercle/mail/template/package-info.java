/** Letters rendered from Thymeleaf templates, as plain text and HTML. */
@NullMarked
package org.cercle.mail.template;

import org.jspecify.annotations.NullMarked;
