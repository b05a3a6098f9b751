package org.cercle.app.cache;

import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The stand-in member a shared page is rendered for: the templates read its display name
 * (a placeholder) as they read a member's; its name is an id no member has. Public for
 * the templates' expressions.
 */
public final class MemberPagePrincipal implements AuthenticatedPrincipal {

	private final String displayName;

	private final String name = UUID.randomUUID().toString();

	MemberPagePrincipal(String displayName) {
		this.displayName = displayName;
	}

	public String getDisplayName() {
		return displayName;
	}

	@Override
	public String getName() {
		return name;
	}

}
