package org.cercle.events.agenda;

import java.time.Instant;
import java.util.List;

import org.cercle.events.EventSummary;

/**
 * The events of one month, for lists grouped by month; {@code firstDay} names the month.
 */
public record MonthOfEvents(Instant firstDay, List<EventSummary> events) {
}
