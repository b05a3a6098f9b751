/** The web side of what is shared: how refusals read over HTTP. */
@NullMarked
package org.cercle.shared.web;

import org.jspecify.annotations.NullMarked;
