/**
 * What remains of an event: files (slides, photos) and links (replay, album), shown on
 * its page once there is one.
 */
@NullMarked
package org.cercle.events.material;

import org.jspecify.annotations.NullMarked;
