package org.cercle.feed.comment;

import org.cercle.shared.Refusal;

/** A rule of the feed's comments said no; the message key says which. */
public class CommentRefused extends Refusal {

	CommentRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
