package org.cercle.community.circle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Memberships extends JpaRepository<Membership, Membership.Key> {

	@Query("select m from Membership m where m.circleId = :circle and m.memberId = :member")
	Optional<Membership> of(@Param("circle") UUID circle, @Param("member") UUID member);

	/**
	 * Adds a membership unless the member already has one (or a request) in the circle;
	 * returns rows added.
	 */
	@Modifying
	@Query(value = """
			insert into community_circle_membership (circle_id, member_id, role, state, message, since)
			values (:circle, :member, :role, :state, :message, :since) on conflict do nothing""", nativeQuery = true)
	int addIfAbsent(@Param("circle") UUID circle, @Param("member") UUID member, @Param("role") String role,
			@Param("state") String state, @Param("message") @org.jspecify.annotations.Nullable String message,
			@Param("since") java.time.Instant since);

	@Query("select m from Membership m where m.circleId = :circle and m.state = org.cercle.community.circle.Membership.State.ACTIVE order by m.since desc")
	List<Membership> latestJoined(@Param("circle") UUID circle, org.springframework.data.domain.Limit limit);

	@Query("select m from Membership m where m.memberId = :member order by m.since")
	List<Membership> ofMember(@Param("member") UUID member);

	@Query("select m from Membership m where m.circleId = :circle order by m.role, m.since")
	List<Membership> ofCircle(@Param("circle") UUID circle);

	@Query("""
			select m.circleId, count(m) from Membership m
			where m.state = org.cercle.community.circle.Membership.State.ACTIVE group by m.circleId""")
	List<Object[]> activeCounts();

	@Query("""
			select c.slug, c.name from Membership m, Circle c where m.circleId = c.id and m.memberId = :member
			and m.state = org.cercle.community.circle.Membership.State.ACTIVE and c.archived = false
			and c.visibility = org.cercle.community.circle.Circle.Visibility.PUBLIC order by lower(c.name)""")
	List<Object[]> publicCirclesOf(@Param("member") UUID member);

	@Query("""
			select m.memberId from Membership m where m.circleId = :circle
			and m.role in (org.cercle.community.circle.Membership.Role.OWNER,
			               org.cercle.community.circle.Membership.Role.MANAGER)
			and m.state = org.cercle.community.circle.Membership.State.ACTIVE""")
	List<UUID> leaders(@Param("circle") UUID circle);

	@Query("""
			select count(m) from Membership m where m.circleId = :circle
			and m.role = org.cercle.community.circle.Membership.Role.OWNER
			and m.state = org.cercle.community.circle.Membership.State.ACTIVE""")
	long owners(@Param("circle") UUID circle);

}
