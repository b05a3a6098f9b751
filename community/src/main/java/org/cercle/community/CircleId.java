package org.cercle.community;

import java.util.UUID;

/** Identifies a circle; other modules keep this value only. */
public record CircleId(UUID value) {
}
