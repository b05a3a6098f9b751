package org.cercle.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where an event takes place: a place, an online link, or both. */
@Embeddable
public record Venue(@Column(name = "venue_name") @Nullable String name,
		@Column(name = "venue_address") @Nullable String address, @Column(name = "venue_city") @Nullable String city,
		@Column(name = "online_url") @Nullable String onlineUrl) {

	public String location() {
		var parts = new java.util.ArrayList<String>();
		for (var part : new String[] { name, address, city }) {
			if (part != null && !part.isBlank()) {
				parts.add(part);
			}
		}
		return parts.isEmpty() ? String.valueOf(onlineUrl) : String.join(", ", parts);
	}

}
