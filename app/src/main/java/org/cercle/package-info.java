/**
 * The Spring Boot application that assembles Cercle's modules.
 */
@NullMarked
package org.cercle;

import org.jspecify.annotations.NullMarked;
