package org.cercle.community;

/**
 * A circle as other modules name it and link to it; private circles show their content to
 * members only.
 */
public record CircleRef(CircleId id, String slug, String name, boolean privateCircle) {

	public String path() {
		return "/circles/" + slug;
	}

}
