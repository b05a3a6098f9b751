/**
 * The feed's HTTP edge: article, comment, moderation, import and image controllers; the
 * only package of the module that knows HTTP.
 */
@NullMarked
package org.cercle.feed.web;

import org.jspecify.annotations.NullMarked;
