package org.cercle.events;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An organiser chose an article as the event's write-up ({@code article} set), or removed
 * it ({@code article} null). The article's page links back to the event with
 * {@code eventLabel}.
 */
public record WriteUpChosen(EventId eventId, @Nullable UUID article, String eventLabel, String eventPath) {
}
