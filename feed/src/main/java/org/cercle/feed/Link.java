package org.cercle.feed;

/** A labelled link inside the site, such as a tag on a stream item. */
public record Link(String label, String path) {
}
