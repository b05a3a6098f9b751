/**
 * Members and circles of the community. The types in this package are the published API
 * that the other modules use to look members up; everything in sub-packages is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communauté")
@NullMarked
package org.cercle.community;

import org.jspecify.annotations.NullMarked;
