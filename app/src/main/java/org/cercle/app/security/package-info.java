/**
 * Who may reach which address: the Spring Security configuration, the only place where
 * role names are strings.
 */
@NullMarked
package org.cercle.app.security;

import org.jspecify.annotations.NullMarked;
