package org.cercle.feed;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Replies from the social web, kept as the article's comments: held for a moderator
 * unless their server is trusted, changed and deleted only by the account that wrote
 * them.
 */
public interface RemoteComments {

	/**
	 * Adds a reply to a published article whose comments are open; empty when there is no
	 * such article, or when this reply is already here.
	 */
	Optional<UUID> receive(Reply reply);

	/** The slug of the article a remote reply answers, by the reply's address. */
	Optional<String> articleOf(String remoteId);

	/** Its author changed it; nothing when it is not theirs. */
	void edit(String remoteId, String actor, String html, String text);

	/** Its author deleted it; nothing when it is not theirs. */
	void delete(String remoteId, String actor);

	/** A moderator blocked the account: its replies are hidden, with the reason. */
	int hideAllBy(String actor, String reason);

	/**
	 * A reply as it came.
	 *
	 * @param articleSlug the article answered
	 * @param inReplyTo the address it answers: the article's, a comment's anchor on its
	 * page, or another remote reply's id
	 * @param remoteId the note's address
	 * @param actor its author's actor address
	 * @param authorUrl its author's profile page
	 * @param html its content as sent (sanitised when shown)
	 * @param text its content as text
	 */
	record Reply(String articleSlug, String inReplyTo, String remoteId, String actor, String authorName,
			String authorUrl, @Nullable String avatar, String html, String text, Instant at, boolean trusted) {
	}

}
