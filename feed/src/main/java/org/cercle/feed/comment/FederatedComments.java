package org.cercle.feed.comment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.feed.RemoteComments;

/** Replies from the social web as comments (see {@link RemoteComments}). */
@Component
class FederatedComments implements RemoteComments {

	private static final String ANCHOR = "#commentaire-";

	private final Comments comments;

	private final CommentedArticles articles;

	private final java.time.Clock clock;

	FederatedComments(Comments comments, CommentedArticles articles, java.time.Clock clock) {
		this.comments = comments;
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<UUID> receive(Reply reply) {
		var article = articles.published(reply.articleSlug()).filter(found -> !found.closed());
		if (article.isEmpty() || comments.findByRemoteId(reply.remoteId()).isPresent()) {
			return Optional.empty();
		}
		var parent = parent(article.get().id(), reply.inReplyTo());
		return Optional.of(comments.save(Comment.remote(article.get().id(), parent, reply)).id());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> articleOf(String remoteId) {
		return comments.findByRemoteId(remoteId)
			.map(comment -> articles.ref(comment.articleId()).path())
			.map(path -> path.substring(path.lastIndexOf('/') + 1));
	}

	@Override
	@Transactional
	public void edit(String remoteId, String actor, String html, String text) {
		comments.findByRemoteId(remoteId)
			.filter(comment -> actor.equals(comment.remoteActor()))
			.ifPresent(comment -> comment.editRemotely(html, text, clock.instant()));
	}

	@Override
	@Transactional
	public void delete(String remoteId, String actor) {
		comments.findByRemoteId(remoteId)
			.filter(comment -> actor.equals(comment.remoteActor()))
			.ifPresent(Comment::deleteByAuthor);
	}

	@Override
	@Transactional
	public int hideAllBy(String actor, String reason) {
		var hidden = 0;
		for (var comment : comments.findByRemoteActor(actor)) {
			if (comment.status() != Comment.Status.DELETED && comment.status() != Comment.Status.HIDDEN) {
				comment.hide(reason);
				hidden++;
			}
		}
		return hidden;
	}

	/** The top-level comment a reply goes under: one level of replies, as on the page. */
	private @org.jspecify.annotations.Nullable UUID parent(UUID article, String inReplyTo) {
		Optional<Comment> answered = Optional.empty();
		var anchor = inReplyTo.indexOf(ANCHOR);
		if (anchor >= 0) {
			try {
				answered = comments.findById(UUID.fromString(inReplyTo.substring(anchor + ANCHOR.length())));
			}
			catch (IllegalArgumentException notAnId) {
				answered = Optional.empty();
			}
		}
		else {
			answered = comments.findByRemoteId(inReplyTo);
		}
		return answered.filter(comment -> comment.articleId().equals(article))
			.map(comment -> comment.parentId() != null ? Objects.requireNonNull(comment.parentId()) : comment.id())
			.orElse(null);
	}

}
