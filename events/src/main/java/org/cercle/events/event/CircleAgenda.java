package org.cercle.events.event;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleEvents;
import org.cercle.community.CircleId;

/** Tells a circle's page which published events the circle organises next. */
@Component
@Transactional(readOnly = true)
class CircleAgenda implements CircleEvents {

	private final Events events;

	private final Clock clock;

	CircleAgenda(Events events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<Upcoming> upcoming(CircleId circle, int count) {
		return events.upcomingOfCircle(circle.value(), clock.instant(), Limit.of(count))
			.stream()
			.map(event -> new Upcoming(event.title(), "/events/" + event.slug(), event.startsAt()))
			.toList();
	}

}
