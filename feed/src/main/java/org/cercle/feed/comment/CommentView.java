package org.cercle.feed.comment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.cercle.feed.Link;

/**
 * A comment as one viewer sees it on an article page.
 *
 * @param anchor the fragment id of the comment on the page
 * @param author the author's name and profile, {@code path} empty for a deleted member
 * @param avatar the author's picture or initials
 * @param status {@code PUBLISHED}, {@code PENDING} (shown to its author only),
 * {@code HELD}, {@code HIDDEN} or {@code DELETED}; only published ones carry their text
 * @param html the rendered text, {@code null} unless the viewer may read it
 * @param hiddenReason the moderator's reason, for a hidden comment
 * @param inReplyTo whom a reply answers
 * @param mine whether the viewer wrote it
 * @param editable whether the viewer may still edit it
 * @param reported whether the viewer already reported it
 */
public record CommentView(UUID id, String anchor, Link author, org.cercle.community.Avatar avatar, Instant at,
		boolean edited, String status, @Nullable String html, @Nullable String hiddenReason, @Nullable String inReplyTo,
		boolean mine, boolean editable, boolean reported, List<CommentView> replies) {
}
