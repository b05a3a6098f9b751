/**
 * The application around the modules: security, the page layout and home page, error
 * pages, French-first presentation, configuration and the zero-setup embedded database.
 * Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application")
@NullMarked
package org.cercle.app;

import org.jspecify.annotations.NullMarked;
