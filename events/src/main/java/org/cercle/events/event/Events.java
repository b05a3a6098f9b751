package org.cercle.events.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Events extends JpaRepository<Event, UUID> {

	Optional<Event> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * The event, locked until the end of the transaction: registrations for it queue up
	 * here.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = :id")
	Optional<Event> lock(@Param("id") UUID id);

	/** The event by its address, locked until the end of the transaction. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.slug = :slug")
	Optional<Event> lockBySlug(@Param("slug") String slug);

	@Query("""
			select e from Event e where e.status <> org.cercle.events.event.Event.Status.DRAFT and e.endsAt > :now
			order by e.startsAt, e.id""")
	List<Event> upcoming(@Param("now") Instant now, Limit limit);

	/**
	 * Published (or cancelled) events not over yet, soonest first, after the given start
	 * and id (keyset).
	 */
	@Query("""
			select e from Event e where e.status <> org.cercle.events.event.Event.Status.DRAFT and e.endsAt > :now
			and (e.startsAt > :start or (e.startsAt = :start and e.id > :id)) order by e.startsAt, e.id""")
	List<Event> upcomingAfter(@Param("now") Instant now, @Param("start") Instant start, @Param("id") java.util.UUID id,
			Limit limit);

	@Query("select count(e) from Event e where e.status <> org.cercle.events.event.Event.Status.DRAFT")
	long countPublic();

	/** Published events to come that the member has a confirmed seat at. */
	@Query(value = """
			select e.* from events_event e join events_registration r on r.event_id = e.id
			where r.member_id = :member and r.status = 'CONFIRMED' and e.status = 'PUBLISHED' and e.ends_at > :now
			order by e.starts_at, e.id limit :max""", nativeQuery = true)
	List<Event> upcomingAttendedBy(@Param("member") java.util.UUID member, @Param("now") Instant now,
			@Param("max") int max);

	@Query("""
			select e from Event e where e.status <> org.cercle.events.event.Event.Status.DRAFT and e.endsAt <= :now
			order by e.startsAt desc, e.id""")
	List<Event> past(@Param("now") Instant now, Limit limit);

	@Query("""
			select e from Event e where e.status = org.cercle.events.event.Event.Status.PUBLISHED
			and e.circleId = :circle and e.endsAt > :now order by e.startsAt, e.id""")
	List<Event> upcomingOfCircle(@Param("circle") UUID circle, @Param("now") Instant now, Limit limit);

	/**
	 * The editions of a series readers see: upcoming and past, cancelled ones included.
	 */
	@Query("""
			select e from Event e where e.status <> org.cercle.events.event.Event.Status.DRAFT and e.series = :series
			order by e.startsAt, e.id""")
	List<Event> ofSeries(@Param("series") String series, Limit limit);

	/**
	 * The series' edition just before one (by start, then id), as a list of at most one.
	 */
	@Query("""
			select e from Event e where e.status <> org.cercle.events.event.Event.Status.DRAFT and e.series = :series
			and (e.startsAt < :at or (e.startsAt = :at and e.id < :id)) order by e.startsAt desc, e.id desc""")
	List<Event> editionBefore(@Param("series") String series, @Param("at") Instant at, @Param("id") UUID id,
			Limit limit);

	/**
	 * The series' edition just after one (by start, then id), as a list of at most one.
	 */
	@Query("""
			select e from Event e where e.status <> org.cercle.events.event.Event.Status.DRAFT and e.series = :series
			and (e.startsAt > :at or (e.startsAt = :at and e.id > :id)) order by e.startsAt, e.id""")
	List<Event> editionAfter(@Param("series") String series, @Param("at") Instant at, @Param("id") UUID id,
			Limit limit);

	@Query("select distinct e.series from Event e where e.series is not null and e.status <> org.cercle.events.event.Event.Status.DRAFT")
	List<String> seriesNames();

	@Query("select e from Event e order by e.startsAt desc")
	List<Event> allForOrganisers(Limit limit);

}
