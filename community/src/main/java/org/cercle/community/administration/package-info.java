/**
 * Admins' work on members (roles, suspension), the first admin, and the audit log.
 */
@NullMarked
package org.cercle.community.administration;

import org.jspecify.annotations.NullMarked;
