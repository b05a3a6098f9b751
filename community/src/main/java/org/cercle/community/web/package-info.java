/**
 * The community's HTTP edge: controllers, forms and sessions; the only package of the
 * module that knows HTTP.
 */
@NullMarked
package org.cercle.community.web;

import org.jspecify.annotations.NullMarked;
