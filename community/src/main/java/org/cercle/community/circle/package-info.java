/**
 * Circles: public or private groups, their memberships (a circle always keeps an owner)
 * and their discussions.
 */
@NullMarked
package org.cercle.community.circle;

import org.jspecify.annotations.NullMarked;
