/**
 * What every module may use: Markdown rendering, slugs, snippets and the {@link Refusal}
 * that domain rules raise. An open module: it depends on no other module of Cercle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partagé",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.cercle.shared;

import org.jspecify.annotations.NullMarked;
