package org.cercle.community.circle;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own circles, public and private, with their role and the requests still
 * waiting: the « Mes cercles » page.
 */
@Service
@Transactional(readOnly = true)
public class MyCircles {

	private final Memberships memberships;

	private final Circles circles;

	MyCircles(Memberships memberships, Circles circles) {
		this.memberships = memberships;
		this.circles = circles;
	}

	/** Memberships first (by name), then requests waiting for an answer. */
	public List<Mine> of(UUID member) {
		var mine = memberships.ofMember(member);
		var byId = circles.findAllById(mine.stream().map(Membership::circleId).toList())
			.stream()
			.collect(Collectors.toMap(Circle::id, Function.identity()));
		return mine.stream().filter(membership -> byId.containsKey(membership.circleId())).map(membership -> {
			var circle = byId.get(membership.circleId());
			return new Mine(circle.name(), "/circles/" + circle.slug(), membership.role().name(),
					membership.state() == Membership.State.PENDING, circle.isPrivate(), circle.archived(),
					membership.since());
		})
			.sorted(Comparator.comparing(Mine::pending).thenComparing(Mine::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** One of the member's circles as their page lists it. */
	public record Mine(String name, String path, String role, boolean pending, boolean privateCircle, boolean archived,
			Instant since) {
	}

}
