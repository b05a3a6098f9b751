/**
 * The member aggregate: identity, profile, roles, and the directory other modules read
 * through the published API.
 */
@NullMarked
package org.cercle.community.member;

import org.jspecify.annotations.NullMarked;
