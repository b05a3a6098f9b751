/**
 * The social web (ActivityPub), read side: WebFinger, NodeInfo, the site's and authors'
 * actor documents with their public keys, and articles and events as ActivityStreams
 * objects at their own addresses.
 */
@NullMarked
package org.cercle.app.federation;

import org.jspecify.annotations.NullMarked;
