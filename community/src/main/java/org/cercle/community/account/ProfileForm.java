package org.cercle.community.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.cercle.community.member.Member;

/**
 * The public profile as the member edits it, with their choices: appear in the member
 * directory, show the events they attend.
 */
public record ProfileForm(
		@NotBlank(message = "{community.register.display-name.required}") @Size(max = 80,
				message = "{community.register.display-name.size}") @Nullable String displayName,
		@Size(max = 2000, message = "{community.profile.bio.size}") @Nullable String bio,
		@Size(max = 120, message = "{community.profile.organisation.size}") @Nullable String organisation,
		@Size(max = 1600, message = "{community.profile.links.invalid}") @Nullable String links,
		@Nullable Boolean listed, @Nullable Boolean showsEvents) {

	public static ProfileForm of(Member member) {
		return new ProfileForm(member.displayName(), member.bio(), member.organisation(), member.links(),
				member.listed(), member.showsEvents());
	}

	/**
	 * Whether the member chose to appear in the directory (an unticked box sends
	 * nothing).
	 */
	public boolean listedChosen() {
		return Boolean.TRUE.equals(listed);
	}

	public boolean showsEventsChosen() {
		return Boolean.TRUE.equals(showsEvents);
	}

}
