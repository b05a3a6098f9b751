package org.cercle.feed;

import org.jspecify.annotations.Nullable;

/**
 * The home stream: published entries, newest first, paged by keyset rather than by offset
 * so that a page never repeats or skips entries when new ones arrive.
 */
public interface LatestStream {

	/**
	 * Returns the entries older than the cursor, or the newest ones when the cursor is
	 * {@code null}.
	 * @throws org.cercle.shared.Refusal (invalid) when the cursor is not one this stream
	 * handed out
	 */
	StreamPage latest(@Nullable String before);

}
