package org.cercle.community;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The circles, for other modules: e.g. to tie an event to the circle that organises it.
 */
public interface CircleCatalog {

	/** Every circle that is not archived, by name. */
	List<CircleRef> all();

	Optional<CircleRef> findById(CircleId id);

	/** A circle's identity, name and page. */
	record CircleRef(CircleId id, String slug, String name, boolean privateCircle) {

		public String path() {
			return "/circles/" + slug;
		}

	}

}
