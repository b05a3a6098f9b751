package org.cercle.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the read-only JSON API ({@code /api/v1/…}): its items, and the address of the
 * next page (keyset: it starts strictly after this one's last item), {@code null} on the
 * last.
 *
 * @param <T> the items' type
 */
public record ApiPage<T>(List<T> items, @Nullable String next) {
}
