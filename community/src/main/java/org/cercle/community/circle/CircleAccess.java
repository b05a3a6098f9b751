package org.cercle.community.circle;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.cercle.shared.Refusal.Kind;

/**
 * Who may do what in a circle. Anyone reads a public circle; a private one only its
 * active members, moderators and admins. Active members post (moderators and admins too)
 * unless the circle is archived. Owners and managers lead; owners alone change roles,
 * besides moderators.
 */
@Component
public class CircleAccess {

	private final Circles circles;

	private final Memberships memberships;

	CircleAccess(Circles circles, Memberships memberships) {
		this.circles = circles;
		this.memberships = memberships;
	}

	/** A circle, archived or not; 404 with a French message when the slug is unknown. */
	public Circle circle(String slug) {
		return circles.findBySlug(slug)
			.orElseThrow(() -> new CircleRefused(Kind.NOT_FOUND, "community.circle.not-found"));
	}

	public Standing of(Circle circle, @Nullable UUID viewer, boolean moderator) {
		var mine = viewer == null ? null : memberships.of(circle.id(), viewer).orElse(null);
		var active = mine != null && mine.active();
		var reads = !circle.isPrivate() || moderator || active;
		var leads = moderator || (mine != null && mine.leads());
		var owns = moderator || (active && mine.role() == Membership.Role.OWNER);
		return new Standing(mine, reads, !circle.archived() && viewer != null && (active || moderator), leads, owns);
	}

	/** The viewer's standing in a circle. */
	public record Standing(@Nullable Membership membership, boolean reads, boolean posts, boolean leads, boolean owns) {

		void mustRead() {
			if (!reads) {
				throw new CircleRefused(Kind.NOT_ALLOWED, "community.circle.private-content");
			}
		}

		public void mustPost() {
			mustRead();
			if (!posts) {
				throw new CircleRefused(Kind.NOT_ALLOWED, "community.discussion.members-only");
			}
		}

		void mustLead() {
			if (!leads) {
				throw new CircleRefused(Kind.NOT_ALLOWED, "community.circle.not-leader");
			}
		}

		void mustOwn() {
			if (!owns) {
				throw new CircleRefused(Kind.NOT_ALLOWED, "community.circle.not-owner");
			}
		}

	}

}
