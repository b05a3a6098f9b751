package org.cercle.events.registration;

import java.util.UUID;

/** An event's confirmed seats and how many of them came (checked in at the door). */
public record Attendance(UUID eventId, long confirmed, long checkedIn) {
}
