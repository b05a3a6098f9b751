package org.cercle.community;

/**
 * What other modules may show of a member: how to name them and where their profile
 * lives.
 *
 * @param id the member's identity
 * @param handle the unique, URL-safe handle used in {@code /members/{handle}}
 * @param displayName the name the member chose to show, "membre supprimé" once deleted
 * @param deleted whether the member deleted their account: then they have no profile page
 * @param avatarPath where their small picture is served, {@code null} for initials
 */
public record MemberSummary(MemberId id, String handle, String displayName, boolean deleted,
		@org.jspecify.annotations.Nullable String avatarPath) {

	public MemberSummary(MemberId id, String handle, String displayName, boolean deleted) {
		this(id, handle, displayName, deleted, null);
	}

	/** The member's picture or initials, to show beside what they wrote. */
	public Avatar avatar() {
		return new Avatar(displayName, deleted ? null : avatarPath);
	}

	/** Path of the member's public profile page. */
	public String profilePath() {
		return "/members/" + handle;
	}

}
