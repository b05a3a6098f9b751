package org.cercle.community.circle;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.CircleEvents;
import org.cercle.community.CircleId;
import org.cercle.community.CircleJoined;
import org.cercle.community.CircleLeft;
import org.cercle.community.MemberId;
import org.cercle.shared.Slugs;
import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.shared.Refusal.Kind;
import org.cercle.community.UnverifiedAddress;
import org.cercle.community.CircleJoinRequested;
import org.cercle.community.CircleRequestDecided;

/**
 * Circles and who belongs to them. A public circle is joined in one step; a private one
 * by a request that its owners, managers, moderators or admins approve or decline. A
 * private circle's members and discussions are visible only to its members, moderators
 * and admins.
 */
@Service
@Transactional
public class CircleDirectory {

	private static final int LATEST = 10;

	private final Circles circles;

	private final Memberships memberships;

	private final Members members;

	private final CircleAccess access;

	private final CircleDiscussions discussions;

	private final CircleActivity activity;

	private final ObjectProvider<CircleEvents> events;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	CircleDirectory(Circles circles, Memberships memberships, Members members, CircleAccess access,
			CircleDiscussions discussions, CircleActivity activity, ObjectProvider<CircleEvents> events, Clock clock,
			AuditTrail audit, ApplicationEventPublisher publisher) {
		this.audit = audit;
		this.publisher = publisher;
		this.circles = circles;
		this.memberships = memberships;
		this.members = members;
		this.access = access;
		this.discussions = discussions;
		this.activity = activity;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CircleView.Card> directory() {
		var counts = new HashMap<UUID, Long>();
		memberships.activeCounts().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
		var latest = new HashMap<UUID, Instant>();
		circles.latestActivity().forEach(row -> {
			if (row[1] != null) {
				latest.put((UUID) row[0], (Instant) row[1]);
			}
		});
		return circles.directory()
			.stream()
			.map(circle -> new CircleView.Card(circle.slug(), circle.name(), circle.description(), circle.isPrivate(),
					counts.getOrDefault(circle.id(), 0L), latest.get(circle.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	public CircleView view(String slug, @Nullable UUID viewer, boolean moderator) {
		var circle = access.circle(slug);
		var standing = access.of(circle, viewer, moderator);
		var all = memberships.ofCircle(circle.id());
		var people = members.findAllById(all.stream().map(Membership::memberId).toList())
			.stream()
			.collect(Collectors.toMap(Member::id, Function.identity()));
		var mine = standing.membership();
		var active = all.stream().filter(Membership::active).toList();
		var reads = standing.reads();
		var upcoming = events.stream()
			.flatMap(source -> source.upcoming(new CircleId(circle.id()), 5).stream())
			.toList();
		return new CircleView(circle.slug(), circle.name(), circle.description(), circle.isPrivate(), circle.archived(),
				active.size(), reads, reads ? persons(active, people) : List.of(),
				standing.leads() ? persons(all.stream().filter(m -> !m.active()).toList(), people) : List.of(),
				mine == null ? null : mine.state().name(), standing.leads(), standing.owns(), standing.posts(),
				reads ? discussions.latest(circle, LATEST) : List.of(), reads ? activity.of(circle, LATEST) : List.of(),
				upcoming, circle.id());
	}

	/**
	 * Joins a public circle, or asks to join a private one. Simultaneous attempts by one
	 * member yield one membership: the database keeps the first, the others are told they
	 * already belong.
	 */
	public Membership.State join(String slug, UUID member, @Nullable String message) {
		var circle = access.circle(slug);
		if (circle.archived()) {
			throw new CircleRefused(Kind.CONFLICT, "community.circle.archived");
		}
		if (!members.isVerified(member)) {
			throw new UnverifiedAddress();
		}
		var state = circle.isPrivate() ? Membership.State.PENDING : Membership.State.ACTIVE;
		var note = message == null || message.isBlank() ? null : message.strip();
		if (note != null && note.length() > 500) {
			throw new CircleRefused(Kind.INVALID, "community.circle.message-too-long");
		}
		var added = memberships.addIfAbsent(circle.id(), member, Membership.Role.MEMBER.name(), state.name(), note,
				clock.instant());
		if (added == 0) {
			throw new CircleRefused(Kind.CONFLICT, "community.circle.already");
		}
		publisher.publishEvent(
				new CircleJoined(new CircleId(circle.id()), new MemberId(member), state == Membership.State.PENDING));
		if (state == Membership.State.PENDING) {
			publisher.publishEvent(new CircleJoinRequested(circle.ref(), new MemberId(member),
					memberships.leaders(circle.id()).stream().map(MemberId::new).collect(Collectors.toSet())));
		}
		return state;
	}

	/** Leaves a circle or withdraws a request; the last owner must hand over first. */
	public void leave(String slug, UUID member) {
		var circle = access.circle(slug);
		var membership = memberships.of(circle.id(), member)
			.orElseThrow(() -> new CircleRefused(Kind.CONFLICT, "community.circle.not-member"));
		membership.leave(memberships.owners(circle.id()));
		memberships.delete(membership);
		publisher.publishEvent(new CircleLeft(new CircleId(circle.id()), new MemberId(member)));
	}

	/** Approves or declines a pending request; only those who lead the circle may. */
	public void decide(String slug, String handle, UUID actor, boolean moderator, boolean approve) {
		var circle = access.circle(slug);
		access.of(circle, actor, moderator).mustLead();
		var request = membershipOf(circle, handle).filter(membership -> !membership.active())
			.orElseThrow(() -> new CircleRefused(Kind.CONFLICT, "community.circle.no-request"));
		if (approve) {
			request.approve(clock.instant());
		}
		else {
			memberships.delete(request);
		}
		publisher.publishEvent(
				new CircleRequestDecided(circle.ref(), new MemberId(request.memberId()), new MemberId(actor), approve));
	}

	/**
	 * Removes a member: owners, managers and moderators may; only owners and moderators
	 * remove an owner or a manager.
	 */
	public void remove(String slug, String handle, UUID actor, boolean moderator) {
		var circle = access.circle(slug);
		var standing = access.of(circle, actor, moderator);
		standing.mustLead();
		var membership = activeMembershipOf(circle, handle);
		if (membership.role() != Membership.Role.MEMBER) {
			standing.mustOwn();
		}
		membership.remove(memberships.owners(circle.id()));
		memberships.delete(membership);
		publisher.publishEvent(new CircleLeft(new CircleId(circle.id()), new MemberId(membership.memberId())));
		audit.record(new MemberId(actor), "CIRCLE_MEMBER_REMOVED", new MemberId(membership.memberId()), slug);
	}

	/**
	 * Changes a member's circle role; owners and moderators only, and a circle always
	 * keeps an owner.
	 */
	public void changeRole(String slug, String handle, String role, UUID actor, boolean moderator) {
		var circle = access.circle(slug);
		access.of(circle, actor, moderator).mustOwn();
		Membership.Role wanted;
		try {
			wanted = Membership.Role.valueOf(role);
		}
		catch (IllegalArgumentException unknown) {
			throw new CircleRefused(Kind.INVALID, "community.circle.role-invalid");
		}
		var membership = activeMembershipOf(circle, handle);
		membership.changeRole(wanted, memberships.owners(circle.id()));
		audit.record(new MemberId(actor), "CIRCLE_ROLE_CHANGED", new MemberId(membership.memberId()),
				slug + " : " + wanted.name());
	}

	/** A new circle whose creator is its first owner. */
	public Circle create(String name, String description, boolean privateCircle, UUID creator) {
		var now = clock.instant();
		var circle = circles.save(new Circle(Slugs.unique(name, circles::existsBySlug), name, description,
				privateCircle ? Circle.Visibility.PRIVATE : Circle.Visibility.PUBLIC, now));
		memberships
			.save(new Membership(circle.id(), creator, Membership.Role.OWNER, Membership.State.ACTIVE, null, now));
		return circle;
	}

	private java.util.Optional<Membership> membershipOf(Circle circle, String handle) {
		var person = members.findByHandle(handle)
			.orElseThrow(() -> new CircleRefused(Kind.NOT_FOUND, "community.error.member-not-found"));
		return memberships.of(circle.id(), person.id());
	}

	private Membership activeMembershipOf(Circle circle, String handle) {
		return membershipOf(circle, handle).filter(Membership::active)
			.orElseThrow(() -> new CircleRefused(Kind.NOT_FOUND, "community.circle.not-a-member"));
	}

	private static List<CircleView.Person> persons(List<Membership> memberships, Map<UUID, Member> people) {
		return memberships.stream().filter(membership -> people.containsKey(membership.memberId())).map(membership -> {
			var member = people.get(membership.memberId());
			return new CircleView.Person(member.handle(), member.displayName(), membership.role().name(),
					membership.since(), membership.message());
		}).toList();
	}

}
