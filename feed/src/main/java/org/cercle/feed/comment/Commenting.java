package org.cercle.feed.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.cercle.community.MemberId;
import org.cercle.feed.ArticleId;
import org.cercle.feed.CommentId;
import org.cercle.feed.CommentPosted;
import org.cercle.shared.Refusal.Kind;
import org.cercle.community.MemberDirectory;
import org.cercle.feed.ArticleRef;
import org.cercle.feed.CommentModerated;
import org.cercle.feed.CommentPublished;

/**
 * What members do with comments: post, reply, edit within the edit window, delete,
 * report. Every refusal is a {@link CommentRefused} whose message key says why, and
 * nothing is saved when a rule refuses.
 */
@Service
@Transactional
@EnableConfigurationProperties(CommentRules.class)
public class Commenting {

	private final Comments comments;

	private final CommentReports reports;

	private final CommentedArticles articles;

	private final CommentBans bans;

	private final CommentRules rules;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final MemberDirectory members;

	private final org.cercle.community.SpamGuard spam;

	Commenting(MemberDirectory members, Comments comments, CommentReports reports, CommentedArticles articles,
			CommentBans bans, CommentRules rules, JdbcClient jdbc, Clock clock, ApplicationEventPublisher publisher,
			org.cercle.community.SpamGuard spam) {
		this.spam = spam;
		this.publisher = publisher;
		this.members = members;
		this.comments = comments;
		this.reports = reports;
		this.articles = articles;
		this.bans = bans;
		this.rules = rules;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Posts a comment, or a reply to a published top-level comment. A member's first
	 * comments wait for a moderator unless the member is trusted (a moderator, an author
	 * or an admin).
	 */
	public Comment post(String slug, UUID author, @Nullable UUID parent, String body, boolean trustedRole) {
		var article = article(slug);
		members.requireVerified(new MemberId(author));
		var text = checkedBody(body);
		if (article.closed()) {
			throw new CommentRefused(Kind.CONFLICT, "feed.comment.closed");
		}
		if (bans.banned(author)) {
			throw new CommentRefused(Kind.NOT_ALLOWED, "feed.comment.banned");
		}
		if (parent != null) {
			checkReplyTarget(article.id(), parent);
		}
		serialiseFor(author);
		var now = clock.instant();
		if (comments.countSince(author, now.minus(Duration.ofMinutes(1))) >= rules.perMinute()) {
			throw new CommentRefused(Kind.TOO_MANY, "feed.comment.too-fast");
		}
		if (comments.countSince(author, now.minus(Duration.ofDays(1))) >= rules.perDay()) {
			throw new CommentRefused(Kind.TOO_MANY, "feed.comment.too-many-today");
		}
		var trusted = trustedRole || comments.approvedOf(author) >= rules.approvalsBeforeTrust();
		spam.check(new MemberId(author), text, trusted);
		spam.remember(new MemberId(author), text);
		var comment = comments.save(new Comment(article.id(), parent, author, text, trusted, now));
		publisher.publishEvent(
				new CommentPosted(new CommentId(comment.id()), new ArticleId(article.id()), new MemberId(author),
						parent == null ? null : new CommentId(parent), comment.status() == Comment.Status.PENDING));
		if (comment.status() == Comment.Status.PUBLISHED) {
			publisher.publishEvent(published(comment, article.ref()));
		}
		return comment;
	}

	/** What readers now see, told to those it concerns. */
	CommentPublished published(Comment comment, ArticleRef article) {
		var parent = comment.parentId();
		var parentAuthor = parent == null ? null
				: comments.findById(parent).map(Comment::authorId).map(MemberId::new).orElse(null);
		return new CommentPublished(new CommentId(comment.id()), article,
				new MemberId(java.util.Objects.requireNonNull(comment.authorId())),
				parent == null ? null : new CommentId(parent), parentAuthor, comment.bodyMarkdown());
	}

	/** Changes a comment's text: its author only, within the edit window. */
	public Comment edit(String slug, UUID commentId, UUID member, String body) {
		var comment = ownComment(slug, commentId, member);
		if (bans.banned(member)) {
			throw new CommentRefused(Kind.NOT_ALLOWED, "feed.comment.banned");
		}
		comment.edit(checkedBody(body), member, clock.instant(), rules.editWindow());
		return comment;
	}

	/** Deletes a comment: its author only, at any time. */
	public void delete(String slug, UUID commentId, UUID member) {
		var comment = ownComment(slug, commentId, member);
		if (comment.status() == Comment.Status.DELETED) {
			throw new CommentRefused(Kind.GONE, "feed.comment.already-deleted");
		}
		comment.deleteByAuthor();
	}

	/** Reports a comment with a reason; enough reports by different members hold it. */
	public void report(String slug, UUID commentId, UUID reporter, String reason) {
		var comment = commentOf(article(slug).id(), commentId);
		var why = reason.strip();
		if (why.isEmpty() || why.length() > CommentRules.MAX_REASON_LENGTH) {
			throw new CommentRefused(Kind.INVALID, "feed.comment.report-reason");
		}
		if (comment.writtenBy(reporter)) {
			throw new CommentRefused(Kind.CONFLICT, "feed.comment.report-own");
		}
		if (comment.status() != Comment.Status.PUBLISHED) {
			throw new CommentRefused(Kind.CONFLICT, "feed.comment.report-not-visible");
		}
		if (reports.existsById(key(commentId, reporter))) {
			throw new CommentRefused(Kind.CONFLICT, "feed.comment.report-twice");
		}
		reports.saveAndFlush(new CommentReport(commentId, reporter, why, clock.instant()));
		if (reports.countOf(commentId) >= rules.reportsToHold() && comment.status() == Comment.Status.PUBLISHED) {
			comment.hold();
			if (comment.authorId() != null) {
				publisher
					.publishEvent(new CommentModerated(new CommentId(comment.id()), articles.ref(comment.articleId()),
							new MemberId(comment.authorId()), CommentModerated.Action.HELD, null));
			}
		}
	}

	/** Opens or closes an article's comments: its author or an admin. */
	public void setClosed(String slug, UUID member, boolean admin, boolean closed) {
		var article = article(slug);
		if (!admin && !article.authorId().equals(member)) {
			throw new CommentRefused(Kind.NOT_ALLOWED, "feed.comment.close-not-allowed");
		}
		if (closed) {
			articles.close(article.id(), member);
		}
		else {
			articles.reopen(article.id());
		}
	}

	@Transactional(readOnly = true)
	public Comment ownComment(String slug, UUID commentId, UUID member) {
		var comment = commentOf(article(slug).id(), commentId);
		if (!comment.writtenBy(member)) {
			throw new CommentRefused(Kind.NOT_ALLOWED, "feed.comment.not-yours");
		}
		return comment;
	}

	private CommentedArticles.Target article(String slug) {
		return articles.published(slug)
			.orElseThrow(() -> new CommentRefused(Kind.NOT_FOUND, "feed.comment.article-not-found"));
	}

	private Comment commentOf(UUID article, UUID commentId) {
		return comments.findById(commentId)
			.filter(comment -> comment.articleId().equals(article))
			.orElseThrow(() -> new CommentRefused(Kind.NOT_FOUND, "feed.comment.not-found"));
	}

	private void checkReplyTarget(UUID article, UUID parent) {
		var target = comments.findById(parent)
			.filter(comment -> comment.articleId().equals(article))
			.orElseThrow(() -> new CommentRefused(Kind.NOT_FOUND, "feed.comment.parent-not-found"));
		if (target.parentId() != null) {
			throw new CommentRefused(Kind.INVALID, "feed.comment.reply-to-reply");
		}
		if (target.status() != Comment.Status.PUBLISHED) {
			throw new CommentRefused(Kind.CONFLICT, "feed.comment.parent-not-visible");
		}
	}

	private static String checkedBody(String body) {
		var text = body.strip();
		if (text.isEmpty()) {
			throw new CommentRefused(Kind.INVALID, "feed.comment.empty");
		}
		if (text.length() > CommentRules.MAX_LENGTH) {
			throw new CommentRefused(Kind.INVALID, "feed.comment.too-long");
		}
		return text;
	}

	/**
	 * One member's comments are counted and written one at a time, so the limits hold
	 * exactly.
	 */
	private void serialiseFor(UUID author) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:author, 0))")
			.param("author", "feed.comment:" + author)
			.query((rs, row) -> 1)
			.list();
	}

	private static CommentReport.Key key(UUID comment, UUID reporter) {
		var key = new CommentReport.Key();
		key.set(comment, reporter);
		return key;
	}

}
