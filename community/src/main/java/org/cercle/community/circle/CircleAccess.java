package org.cercle.community.circle;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in a circle. Anyone reads a public circle; a private one only its active
 * members, moderators and admins. Active members post (moderators and admins too) unless the
 * circle is archived. Owners and managers lead; owners alone change roles, besides moderators.
 */
@Component
class CircleAccess {

	private final Circles circles;

	private final Memberships memberships;

	CircleAccess(Circles circles, Memberships memberships) {
		this.circles = circles;
		this.memberships = memberships;
	}

	/** A circle, archived or not; 404 with a French message when the slug is unknown. */
	Circle circle(String slug) {
		return circles.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "community.circle.not-found"));
	}

	Standing of(Circle circle, @Nullable UUID viewer, boolean moderator) {
		var mine = viewer == null ? null : memberships.of(circle.id(), viewer).orElse(null);
		var active = mine != null && mine.active();
		var reads = !circle.isPrivate() || moderator || active;
		var leads = moderator || (mine != null && mine.leads());
		var owns = moderator || (active && mine.role() == Membership.Role.OWNER);
		return new Standing(mine, reads, !circle.archived() && viewer != null && (active || moderator), leads, owns);
	}

	/** The viewer's standing in a circle. */
	record Standing(@Nullable Membership membership, boolean reads, boolean posts, boolean leads, boolean owns) {

		void mustRead() {
			if (!reads) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "community.circle.private-content");
			}
		}

		void mustPost() {
			mustRead();
			if (!posts) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "community.discussion.members-only");
			}
		}

		void mustLead() {
			if (!leads) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "community.circle.not-leader");
			}
		}

		void mustOwn() {
			if (!owns) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "community.circle.not-owner");
			}
		}

	}

}
