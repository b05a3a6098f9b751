package org.cercle.events.material;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.events.MaterialsAdded;
import org.cercle.events.event.Event;

/**
 * Tells the event's registered members when its first materials appear: the first file,
 * link or write-up, not each one after it.
 */
@Component
class MaterialNews {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	MaterialNews(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	boolean none(UUID event) {
		return jdbc.sql("""
				select not exists (select 1 from events_material where event_id = :event)
				   and not exists (select 1 from events_write_up where event_id = :event)""")
			.param("event", event)
			.query(Boolean.class)
			.single();
	}

	void firstAdded(Event event) {
		events.publishEvent(new MaterialsAdded(event.eventId(), event.slug(), event.title()));
	}

}
