package org.cercle.community;

/**
 * Spam defences every module applies to what members post (comments, discussions,
 * replies), without any third-party service: members not yet trusted put at most two
 * links in a post and no image; nobody posts the same text twice within an hour; links to
 * a domain the moderators blocked are refused.
 */
public interface SpamGuard {

	/**
	 * Checks a text about to be posted.
	 * @param trusted whether the author is trusted (approved posts, or a role)
	 * @throws org.cercle.shared.Refusal (invalid) with a message key saying why
	 */
	void check(MemberId author, String text, boolean trusted);

	/** Remembers a posted text, so that the same one is refused for an hour. */
	void remember(MemberId author, String text);

}
