package org.cercle.notifications.listeners;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.community.MemberId;
import org.cercle.feed.ArticlePublished;
import org.cercle.feed.CommentModerated;
import org.cercle.feed.CommentPublished;
import org.cercle.notifications.inbox.Follows;
import org.cercle.notifications.inbox.Inbox;
import org.cercle.notifications.inbox.Kind;
import org.cercle.notifications.inbox.Notice;

/**
 * What the feed's events tell whom: a reply to one's comment, a comment on one's article,
 * a mention, what moderation did to one's comment, a new article by a followed author or
 * in a followed tag.
 */
@Component
class FeedNotifications {

	private final Inbox inbox;

	private final Mentions mentions;

	FeedNotifications(Inbox inbox, Mentions mentions) {
		this.inbox = inbox;
		this.mentions = mentions;
	}

	@ApplicationModuleListener
	void on(CommentPublished comment) {
		var source = "comment:" + comment.comment().value();
		var thread = "article:" + comment.article().id().value();
		var title = comment.article().title();
		var told = new HashSet<MemberId>();
		if (comment.parentAuthor() != null) {
			notify(told, new Notice(comment.parentAuthor(), Kind.COMMENT_REPLY, source, comment.author(),
					comment.path(), List.of("", title), null, thread));
		}
		notify(told, new Notice(comment.article().author(), Kind.ARTICLE_COMMENT, source, comment.author(),
				comment.path(), List.of("", title), null, thread));
		for (var mentioned : mentions.in(comment.body())) {
			notify(told, new Notice(mentioned, Kind.MENTION, source, comment.author(), comment.path(),
					List.of("", title), null, thread));
		}
	}

	@ApplicationModuleListener
	void on(CommentModerated moderated) {
		var args = new ArrayList<String>();
		args.add(moderated.action().name());
		args.add(moderated.article().title());
		args.add(moderated.reason() == null ? "" : moderated.reason());
		inbox.notify(new Notice(moderated.author(), Kind.COMMENT_MODERATED,
				"moderation:" + moderated.comment().value() + ":" + java.util.UUID.randomUUID(), null, moderated.path(),
				args, null, null));
	}

	@ApplicationModuleListener
	void on(ArticlePublished published) {
		var targets = new ArrayList<Follows.Target>();
		targets.add(new Follows.Target(Follows.Type.AUTHOR, published.article().author().value().toString()));
		published.tags().forEach(tag -> targets.add(new Follows.Target(Follows.Type.TAG, tag)));
		inbox.notifyFollowers(targets, Kind.FOLLOWED_ARTICLE, "article:" + published.article().id().value(),
				published.article().author(), published.article().path(), List.of("", published.article().title()));
	}

	/** Each member hears of one fact once, under the most specific kind. */
	private void notify(java.util.Set<MemberId> told, Notice notice) {
		if (told.add(notice.member())) {
			inbox.notify(notice);
		}
	}

}
