package org.cercle.community.circle;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.Slugs;
import org.cercle.community.member.Member;
import org.cercle.community.member.Members;

/**
 * Circles and who belongs to them. A public circle is joined in one step; a private one by a
 * request that its owners, managers, moderators or admins approve or decline. A private circle's
 * members are visible only to its members, moderators and admins.
 */
@Service
@Transactional
class CircleDirectory {

	private final Circles circles;

	private final Memberships memberships;

	private final Members members;

	private final Clock clock;

	CircleDirectory(Circles circles, Memberships memberships, Members members, Clock clock) {
		this.circles = circles;
		this.memberships = memberships;
		this.members = members;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<CircleView.Card> directory() {
		var counts = new HashMap<UUID, Long>();
		memberships.activeCounts().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
		return circles.directory()
			.stream()
			.map(circle -> new CircleView.Card(circle.slug(), circle.name(), circle.description(), circle.isPrivate(),
					counts.getOrDefault(circle.id(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	CircleView view(String slug, @Nullable UUID viewer, boolean moderator) {
		var circle = circle(slug);
		var all = memberships.ofCircle(circle.id());
		var people = members.findAllById(all.stream().map(Membership::memberId).toList())
			.stream()
			.collect(Collectors.toMap(Member::id, Function.identity()));
		var mine = viewer == null ? null : all.stream().filter(m -> m.memberId().equals(viewer)).findFirst().orElse(null);
		var leads = moderator || (mine != null && mine.leads());
		var visible = !circle.isPrivate() || moderator || (mine != null && mine.active());
		var active = all.stream().filter(Membership::active).toList();
		return new CircleView(circle.slug(), circle.name(), circle.description(), circle.isPrivate(), active.size(),
				visible, visible ? persons(active, people) : List.of(),
				leads ? persons(all.stream().filter(m -> !m.active()).toList(), people) : List.of(),
				mine == null ? null : mine.state().name(), leads);
	}

	/** Joins a public circle, or asks to join a private one. */
	Membership.State join(String slug, UUID member, @Nullable String message) {
		var circle = circle(slug);
		if (memberships.of(circle.id(), member).isPresent()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "community.circle.already");
		}
		var state = circle.isPrivate() ? Membership.State.PENDING : Membership.State.ACTIVE;
		var note = message == null || message.isBlank() ? null : message.strip();
		if (note != null && note.length() > 500) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "community.circle.message-too-long");
		}
		memberships.save(new Membership(circle.id(), member, Membership.Role.MEMBER, state, note, clock.instant()));
		return state;
	}

	/** Leaves a circle or withdraws a request; the last owner must hand over first. */
	void leave(String slug, UUID member) {
		var circle = circle(slug);
		var membership = memberships.of(circle.id(), member)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "community.circle.not-member"));
		if (membership.role() == Membership.Role.OWNER && membership.active() && memberships.owners(circle.id()) <= 1) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "community.circle.last-owner");
		}
		memberships.delete(membership);
	}

	/** Approves or declines a pending request; only those who lead the circle may. */
	void decide(String slug, String handle, UUID actor, boolean moderator, boolean approve) {
		var circle = circle(slug);
		var leads = moderator || memberships.of(circle.id(), actor).map(Membership::leads).orElse(false);
		if (!leads) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "community.circle.not-leader");
		}
		var requester = members.findByHandle(handle)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "community.error.member-not-found"));
		var request = memberships.of(circle.id(), requester.id())
			.filter(membership -> !membership.active())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "community.circle.no-request"));
		if (approve) {
			request.approve(clock.instant());
		}
		else {
			memberships.delete(request);
		}
	}

	/** A new circle whose creator is its first owner. */
	Circle create(String name, String description, boolean privateCircle, UUID creator) {
		var now = clock.instant();
		var circle = circles.save(new Circle(Slugs.unique(name, circles::existsBySlug), name, description,
				privateCircle ? Circle.Visibility.PRIVATE : Circle.Visibility.PUBLIC, now));
		memberships.save(new Membership(circle.id(), creator, Membership.Role.OWNER, Membership.State.ACTIVE, null, now));
		return circle;
	}

	private Circle circle(String slug) {
		return circles.findBySlugAndArchivedFalse(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "community.circle.not-found"));
	}

	private static List<CircleView.Person> persons(List<Membership> memberships, Map<UUID, Member> people) {
		return memberships.stream()
			.filter(membership -> people.containsKey(membership.memberId()))
			.map(membership -> {
				var member = people.get(membership.memberId());
				return new CircleView.Person(member.handle(), member.displayName(), membership.role().name(),
						membership.since(), membership.message());
			})
			.toList();
	}

}
