/**
 * A member's own account: registration, sign-in with throttling, profile, password, data
 * export and deletion.
 */
@NullMarked
package org.cercle.community.account;

import org.jspecify.annotations.NullMarked;
