/**
 * How pages look and read: French typography, Geneva dates, the Thymeleaf dialect,
 * locales and static assets.
 */
@NullMarked
package org.cercle.app.presentation;

import org.jspecify.annotations.NullMarked;
