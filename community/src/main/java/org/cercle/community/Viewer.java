package org.cercle.community;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking at a page, for every module: a signed-in member, whose id is the
 * principal's name, and the roles they hold.
 */
public final class Viewer {

	private Viewer() {
	}

	/** The signed-in member's id, or {@code null} for an anonymous visitor. */
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

	/**
	 * Whether a signed-in member holds one of the roles, e.g.
	 * {@code holds(auth, Role.ADMIN)}.
	 */
	public static boolean holds(@Nullable Authentication authentication, Role... roles) {
		if (authentication == null || memberId(authentication) == null) {
			return false;
		}
		var wanted = Arrays.stream(roles).map(Role::authority).collect(Collectors.toSet());
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
	}

	/**
	 * The signed-in member's id as a typed id, or {@code null} for an anonymous visitor.
	 */
	public static @Nullable MemberId member(@Nullable Authentication authentication) {
		var id = memberId(authentication);
		return id == null ? null : new MemberId(id);
	}

	/**
	 * The name the signed-in member shows (the header's), or {@code null} for an
	 * anonymous visitor.
	 */
	public static @Nullable String displayName(@Nullable Authentication authentication) {
		return memberId(authentication) != null
				&& authentication.getPrincipal() instanceof org.cercle.community.account.SignedInMember member
						? member.getDisplayName() : null;
	}

}
