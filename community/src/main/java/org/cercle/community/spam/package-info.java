/**
 * Spam defences without a third party: link limits for members not yet trusted, the same
 * text twice refused, domains blocked by moderators, and marking a member as a spammer.
 */
@NullMarked
package org.cercle.community.spam;

import org.jspecify.annotations.NullMarked;
