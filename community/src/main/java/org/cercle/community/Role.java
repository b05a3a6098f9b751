package org.cercle.community;

/**
 * What a member may do beyond commenting and joining; every signed-in member is a member.
 */
public enum Role {

	AUTHOR, ORGANISER, MODERATOR, ADMIN;

	/** The Spring Security authority, e.g. ROLE_ADMIN. */
	public String authority() {
		return "ROLE_" + name();
	}

}
