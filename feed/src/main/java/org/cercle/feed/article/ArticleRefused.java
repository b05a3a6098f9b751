package org.cercle.feed.article;

import org.cercle.shared.Refusal;

/** A rule of the feed's articles said no; the message key says which. */
public class ArticleRefused extends Refusal {

	ArticleRefused(Kind kind, String messageKey) {
		super(kind, messageKey);
	}

}
