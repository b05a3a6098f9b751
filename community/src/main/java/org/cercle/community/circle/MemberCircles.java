package org.cercle.community.circle;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public circles a member belongs to, for their profile; private ones are never shown
 * there.
 */
@Component
@Transactional(readOnly = true)
public class MemberCircles {

	private final Memberships memberships;

	MemberCircles(Memberships memberships) {
		this.memberships = memberships;
	}

	public List<Link> of(UUID member) {
		return memberships.publicCirclesOf(member)
			.stream()
			.map(row -> new Link((String) row[1], "/circles/" + row[0]))
			.toList();
	}

	/** A circle's name and page. */
	public record Link(String name, String path) {
	}

}
