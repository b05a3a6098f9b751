package org.cercle.events.agenda;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is looking: a signed-in member (their id is the principal's name) and whether they manage events. */
public final class Viewers {

	private static final Set<String> MANAGERS = Set.of("ROLE_ORGANISER", "ROLE_ADMIN");

	private Viewers() {
	}

	public static @Nullable UUID memberId(@Nullable Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		try {
			return UUID.fromString(authentication.getName());
		}
		catch (IllegalArgumentException notAMember) {
			return null;
		}
	}

	public static boolean managesEvents(@Nullable Authentication authentication) {
		return memberId(authentication) != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(MANAGERS::contains);
	}

}
