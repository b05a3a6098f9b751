package org.cercle.feed;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the stream, newest first.
 *
 * @param items the entries of this page
 * @param older the cursor to pass to get the next, older page, or {@code null} on the
 * last page
 */
public record StreamPage(List<StreamItem> items, @Nullable String older) {
}
