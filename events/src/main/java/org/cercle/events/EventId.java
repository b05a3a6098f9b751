package org.cercle.events;

import java.util.UUID;

/** Identifies an event; other modules keep this value only. */
public record EventId(UUID value) {
}
