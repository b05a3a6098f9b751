package org.cercle.events.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Registrations extends JpaRepository<Registration, UUID> {

	@Query("""
			select r from Registration r where r.eventId = :event and r.memberId = :member
			and r.status <> org.cercle.events.registration.Registration.Status.CANCELLED""")
	Optional<Registration> live(@Param("event") UUID event, @Param("member") UUID member);

	@Query("""
			select r from Registration r, Event e where e.id = r.eventId and e.slug = :slug and r.memberId = :member
			and r.status <> org.cercle.events.registration.Registration.Status.CANCELLED""")
	Optional<Registration> liveOfEvent(@Param("slug") String slug, @Param("member") UUID member);

	long countByEventIdAndStatus(UUID eventId, Registration.Status status);

	@Query("""
			select r from Registration r where r.eventId = :event
			and r.status = org.cercle.events.registration.Registration.Status.WAITLISTED
			order by r.registeredAt, r.id""")
	List<Registration> waitlist(@Param("event") UUID event, Limit limit);

	/**
	 * Everyone's registrations for an event, confirmed first, then waitlisted, then
	 * cancelled, each in order.
	 */
	@Query("""
			select r from Registration r where r.eventId = :event
			order by case r.status when org.cercle.events.registration.Registration.Status.CONFIRMED then 0
			when org.cercle.events.registration.Registration.Status.WAITLISTED then 1 else 2 end, r.registeredAt, r.id""")
	List<Registration> ofEvent(@Param("event") UUID event);

	@Query("""
			select count(r) + 1 from Registration r where r.eventId = :#{#of.eventId} and
			r.status = org.cercle.events.registration.Registration.Status.WAITLISTED
			and (r.registeredAt < :#{#of.registeredAt} or (r.registeredAt = :#{#of.registeredAt} and r.id < :#{#of.id}))""")
	long waitlistPosition(@Param("of") Registration of);

	@Query("""
			select r from Registration r where r.memberId = :member
			and r.status <> org.cercle.events.registration.Registration.Status.CANCELLED order by r.registeredAt desc""")
	List<Registration> liveOfMember(@Param("member") UUID member);

	List<Registration> findByMemberId(UUID memberId);

	/** The registration a code at the door names, for that event only, locked. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Registration r where r.eventId = :event and r.checkInCode = :code")
	java.util.Optional<Registration> atTheDoor(@Param("event") UUID event, @Param("code") String code);

	java.util.Optional<Registration> findByEventIdAndCheckInCode(UUID event, String code);

	/** Per event: confirmed and waitlisted registrations. */
	@Query("""
			select r.eventId,
			    sum(case when r.status = org.cercle.events.registration.Registration.Status.CONFIRMED then 1 else 0 end),
			    sum(case when r.status = org.cercle.events.registration.Registration.Status.WAITLISTED then 1 else 0 end)
			from Registration r where r.eventId in :events group by r.eventId""")
	List<Object[]> totals(@Param("events") java.util.Collection<UUID> events);

	/** Per event: confirmed seats and how many of them were checked in. */
	@Query("""
			select new org.cercle.events.registration.Attendance(r.eventId, count(r),
			    sum(case when r.checkedInAt is not null then 1 else 0 end))
			from Registration r
			where r.eventId in :events and r.status = org.cercle.events.registration.Registration.Status.CONFIRMED
			group by r.eventId""")
	List<Attendance> attendance(@Param("events") java.util.Collection<UUID> events);

}
