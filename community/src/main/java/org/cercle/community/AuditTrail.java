package org.cercle.community;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The audit log, for every module: moderation and administration actions are recorded in
 * the caller's transaction, so an action and its entry are saved, or rolled back,
 * together. The administrators read the log at {@code /manage/audit}.
 */
public interface AuditTrail {

	/**
	 * Records an action.
	 * @param actor who acted
	 * @param action a short code, e.g. {@code COMMENT_HIDDEN}, named in the community's
	 * messages
	 * @param subject the member the action concerns, if any
	 * @param details free text shown beside the action (a reason, a comment's excerpt)
	 */
	void record(MemberId actor, String action, @Nullable MemberId subject, @Nullable String details);

}
