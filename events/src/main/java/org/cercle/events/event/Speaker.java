package org.cercle.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

@Embeddable
public record Speaker(@Column(nullable = false) String name, @Nullable String role, @Nullable String organisation) {
}
