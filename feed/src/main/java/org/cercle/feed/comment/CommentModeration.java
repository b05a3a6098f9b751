package org.cercle.feed.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.shared.Markdown;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.shared.Refusal.Kind;
import org.cercle.feed.ArticleRef;
import org.cercle.feed.CommentId;
import org.cercle.feed.CommentModerated;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The moderators' side of comments: the queue of pending, held and reported comments, and
 * the decisions (approve, hide with a reason, restore, stop a member from commenting),
 * each recorded in the audit log in the same transaction.
 */
@Service
@Transactional
public class CommentModeration {

	private static final int QUEUE_SIZE = 100;

	private final Comments comments;

	private final CommentReports reports;

	private final CommentBans bans;

	private final MemberDirectory members;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CommentedArticles articles;

	private final Commenting commenting;

	private final ApplicationEventPublisher publisher;

	CommentModeration(Comments comments, CommentReports reports, CommentBans bans, MemberDirectory members,
			AuditTrail audit, JdbcClient jdbc, Clock clock, CommentedArticles articles, Commenting commenting,
			ApplicationEventPublisher publisher) {
		this.articles = articles;
		this.commenting = commenting;
		this.publisher = publisher;
		this.comments = comments;
		this.reports = reports;
		this.bans = bans;
		this.members = members;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private static CommentModerated moderated(Comment comment, ArticleRef article, CommentModerated.Action action,
			@org.jspecify.annotations.Nullable String reason) {
		return new CommentModerated(new CommentId(comment.id()), article,
				new MemberId(java.util.Objects.requireNonNull(comment.authorId())), action, reason);
	}

	@Transactional(readOnly = true)
	public ModerationQueue queue() {
		var waiting = comments.withStatus(List.of(Comment.Status.PENDING), Limit.of(QUEUE_SIZE));
		var held = comments.withStatus(List.of(Comment.Status.HELD), Limit.of(QUEUE_SIZE));
		var reported = comments.reportedButVisible(Limit.of(QUEUE_SIZE));
		var hidden = comments.withStatus(List.of(Comment.Status.HIDDEN), Limit.of(QUEUE_SIZE));
		var all = new ArrayList<Comment>();
		all.addAll(waiting);
		all.addAll(held);
		all.addAll(reported);
		all.addAll(hidden);
		var banned = bans.all();
		var people = new ArrayList<MemberId>();
		all.stream()
			.map(Comment::authorId)
			.filter(java.util.Objects::nonNull)
			.forEach(author -> people.add(new MemberId(author)));
		banned.forEach(ban -> people.add(new MemberId(ban.member())));
		var authors = members.findAll(people);
		var titles = titles(all.stream().map(Comment::articleId).distinct().toList());
		var reasons = reports.ofComments(all.stream().map(Comment::id).toList())
			.stream()
			.collect(Collectors.groupingBy(CommentReport::commentId,
					Collectors.mapping(CommentReport::reason, Collectors.toList())));
		java.util.function.Function<Comment, ModerationQueue.Item> item = comment -> new ModerationQueue.Item(
				comment.id(), CommentThreads.author(comment, authors), titles.get(comment.articleId()),
				comment.createdAt(), Markdown.toSafeShortHtml(comment.bodyMarkdown()), comment.hiddenReason(),
				reasons.getOrDefault(comment.id(), List.of()));
		var stopped = banned.stream()
			.map(ban -> new ModerationQueue.Stopped(authors.containsKey(new MemberId(ban.member()))
					? authors.get(new MemberId(ban.member())).handle() : "?", ban.reason(), ban.since()))
			.toList();
		return new ModerationQueue(waiting.stream().map(item).toList(), held.stream().map(item).toList(),
				reported.stream().map(item).toList(), hidden.stream().map(item).toList(), stopped);
	}

	public void approve(UUID id, UUID moderator) {
		var comment = comment(id);
		if (comment.status() != Comment.Status.PENDING && comment.status() != Comment.Status.HELD) {
			throw new CommentRefused(Kind.CONFLICT, "feed.moderation.not-waiting");
		}
		var pending = comment.status() == Comment.Status.PENDING;
		comment.approve(clock.instant());
		reports.clear(id);
		record(moderator, pending ? "COMMENT_APPROVED" : "COMMENT_KEPT", comment, excerpt(comment));
		if (comment.authorId() != null) {
			var article = articles.ref(comment.articleId());
			publisher.publishEvent(pending ? commenting.published(comment, article)
					: moderated(comment, article, CommentModerated.Action.RESTORED, null));
		}
	}

	public void hide(UUID id, UUID moderator, String reason) {
		var comment = comment(id);
		var why = reason.strip();
		if (why.isEmpty() || why.length() > CommentRules.MAX_REASON_LENGTH) {
			throw new CommentRefused(Kind.INVALID, "feed.moderation.reason-required");
		}
		if (comment.status() == Comment.Status.DELETED || comment.status() == Comment.Status.HIDDEN) {
			throw new CommentRefused(Kind.CONFLICT, "feed.moderation.not-hideable");
		}
		comment.hide(why);
		record(moderator, "COMMENT_HIDDEN", comment, why + " — " + excerpt(comment));
		if (comment.authorId() != null) {
			publisher.publishEvent(
					moderated(comment, articles.ref(comment.articleId()), CommentModerated.Action.HIDDEN, why));
		}
	}

	public void restore(UUID id, UUID moderator) {
		var comment = comment(id);
		if (comment.status() != Comment.Status.HIDDEN) {
			throw new CommentRefused(Kind.CONFLICT, "feed.moderation.not-hidden");
		}
		comment.approve(clock.instant());
		reports.clear(id);
		record(moderator, "COMMENT_RESTORED", comment, excerpt(comment));
		if (comment.authorId() != null) {
			publisher.publishEvent(
					moderated(comment, articles.ref(comment.articleId()), CommentModerated.Action.RESTORED, null));
		}
	}

	public void stop(String handle, UUID moderator, String reason) {
		var member = member(handle);
		var why = reason.strip();
		if (why.isEmpty() || why.length() > CommentRules.MAX_REASON_LENGTH) {
			throw new CommentRefused(Kind.INVALID, "feed.moderation.reason-required");
		}
		if (!bans.ban(member.value(), moderator, why)) {
			throw new CommentRefused(Kind.CONFLICT, "feed.moderation.already-stopped");
		}
		audit.record(new MemberId(moderator), "COMMENTS_STOPPED", member, why);
	}

	public void allow(String handle, UUID moderator) {
		var member = member(handle);
		if (!bans.lift(member.value())) {
			throw new CommentRefused(Kind.CONFLICT, "feed.moderation.not-stopped");
		}
		audit.record(new MemberId(moderator), "COMMENTS_ALLOWED", member, null);
	}

	private Comment comment(UUID id) {
		return comments.findById(id).orElseThrow(() -> new CommentRefused(Kind.NOT_FOUND, "feed.comment.not-found"));
	}

	private MemberId member(String handle) {
		return members.findByHandle(handle)
			.filter(summary -> !summary.deleted())
			.map(summary -> summary.id())
			.orElseThrow(() -> new CommentRefused(Kind.NOT_FOUND, "feed.moderation.member-not-found"));
	}

	private void record(UUID moderator, String action, Comment comment, String details) {
		var author = comment.authorId();
		audit.record(new MemberId(moderator), action, author == null ? null : new MemberId(author), details);
	}

	private static String excerpt(Comment comment) {
		var text = Markdown.toPlainText(comment.bodyMarkdown());
		return text.length() <= 120 ? text : text.substring(0, 119) + "…";
	}

	private java.util.Map<UUID, org.cercle.feed.Link> titles(List<UUID> articles) {
		var titles = new HashMap<UUID, org.cercle.feed.Link>();
		if (articles.isEmpty()) {
			return titles;
		}
		jdbc.sql("select id, slug, title from feed_article where id in (:ids)")
			.param("ids", articles)
			.query((rs, row) -> titles.put(rs.getObject("id", UUID.class),
					new org.cercle.feed.Link(rs.getString("title"), "/articles/" + rs.getString("slug"))))
			.list();
		return titles;
	}

}
