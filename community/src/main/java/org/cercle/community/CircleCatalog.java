package org.cercle.community;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Collection;
import java.util.Set;

/**
 * The circles, for other modules: e.g. to tie an event to the circle that organises it.
 */
public interface CircleCatalog {

	/** Every circle that is not archived, by name. */
	List<CircleRef> all();

	Optional<CircleRef> findById(CircleId id);

	/**
	 * Of the given circles, those whose content the member may read now: public ones, and
	 * private ones the member belongs to (not those they left).
	 */
	Set<CircleId> readableBy(MemberId member, Collection<CircleId> circles);

	/**
	 * Discussions of the member's circles with posts since then, most recently active
	 * first.
	 */
	List<ActiveDiscussion> activeDiscussions(MemberId member, java.time.Instant since, int max);

	/** A discussion that moved, as a digest lists it. */
	record ActiveDiscussion(String title, String path, String circleName, java.time.Instant lastPostAt) {
	}

	/** The active members of a circle. */
	Set<MemberId> members(CircleId circle);

	/** A circle's identity, name and page. */
	record CircleRef(CircleId id, String slug, String name, boolean privateCircle) {

		public String path() {
			return "/circles/" + slug;
		}

	}

}
