package org.cercle.feed.tag;

/** A tag as pages show it: its name and where its page lives. */
public record TagView(String slug, String name) {

	public String path() {
		return "/tags/" + slug;
	}

}
