package org.cercle.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the programme: a local time such as "08:30" and what happens then. */
@Embeddable
public record AgendaItem(@Column(name = "at_time", nullable = false) String time,
		@Column(nullable = false) String title) {
}
