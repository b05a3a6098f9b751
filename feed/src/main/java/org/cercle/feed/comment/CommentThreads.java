package org.cercle.feed.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.shared.Markdown;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;
import org.cercle.feed.Link;
import org.cercle.shared.MentionLinks;

/**
 * Builds an article's comment thread for one viewer, in a fixed number of queries
 * whatever the number of comments: the comments, their authors, and the viewer's own
 * reports.
 */
@Service
@Transactional(readOnly = true)
public class CommentThreads {

	private final Comments comments;

	private final CommentReports reports;

	private final CommentedArticles articles;

	private final MemberDirectory members;

	private final CommentRules rules;

	private final Clock clock;

	CommentThreads(Comments comments, CommentReports reports, CommentedArticles articles, MemberDirectory members,
			CommentRules rules, Clock clock) {
		this.comments = comments;
		this.reports = reports;
		this.articles = articles;
		this.members = members;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * The shape of the article's comment section for this member when it is the one every
	 * member in their situation sees; empty when the member wrote or reported a comment
	 * there (their section has their own actions, or a pending comment only they see).
	 * Kept until the content changes (see the app's ContentCaches): comments, reports,
	 * closures and bans all count as changes.
	 */
	@org.springframework.cache.annotation.Cacheable(cacheNames = "comment-shapes", sync = true)
	public java.util.Optional<SectionShape> sharedShape(UUID article, MemberId articleAuthor, UUID viewer,
			boolean admin) {
		if (comments.touchedBy(article, viewer)) {
			return java.util.Optional.empty();
		}
		var gates = articles.gates(article, viewer);
		return java.util.Optional.of(new SectionShape(!gates.closed(), !gates.closed() && !gates.banned(),
				admin || articleAuthor.value().equals(viewer)));
	}

	/**
	 * The thread of an article.
	 * @param viewer the signed-in member, or {@code null}
	 * @param admin whether the viewer is an admin (may close comments on any article)
	 */
	public CommentThread of(UUID article, MemberId articleAuthor, @Nullable UUID viewer, boolean admin) {
		var all = comments.ofArticle(article);
		var authors = members.findAll(all.stream()
			.map(Comment::authorId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.map(MemberId::new)
			.toList());
		Set<UUID> reported = viewer == null || all.isEmpty() ? Set.of()
				: new HashSet<>(reports.reportedBy(viewer, all.stream().map(Comment::id).toList()));
		var mentioned = new java.util.HashSet<String>();
		all.forEach(comment -> mentioned.addAll(MentionLinks.handlesIn(comment.bodyMarkdown())));
		var known = mentioned.isEmpty() ? Set.<String>of() : members.knownHandles(mentioned);
		var gates = articles.gates(article, viewer);
		var open = !gates.closed();
		var byParent = new java.util.HashMap<UUID, List<Comment>>();
		all.stream()
			.filter(c -> c.parentId() != null)
			.forEach(c -> byParent.computeIfAbsent(c.parentId(), key -> new ArrayList<>()).add(c));
		var top = new ArrayList<CommentView>();
		for (var comment : all) {
			if (comment.parentId() != null) {
				continue;
			}
			var replies = byParent.getOrDefault(comment.id(), List.of())
				.stream()
				.filter(reply -> shown(reply, viewer, false))
				.map(reply -> view(reply, viewer, authors, reported, name(comment, authors), List.of(), known))
				.toList();
			if (shown(comment, viewer, !replies.isEmpty())) {
				top.add(view(comment, viewer, authors, reported, null, replies, known));
			}
		}
		var count = all.stream().filter(c -> c.status() == Comment.Status.PUBLISHED).count();
		var mayClose = viewer != null && (admin || articleAuthor.value().equals(viewer));
		var mayComment = viewer != null && open && !gates.banned();
		return new CommentThread(top, count, open, mayClose, mayComment);
	}

	/**
	 * Pending comments are shown to their author only; deleted ones only to keep their
	 * replies in place.
	 */
	private static boolean shown(Comment comment, @Nullable UUID viewer, boolean hasReplies) {
		return switch (comment.status()) {
			case PUBLISHED, HELD, HIDDEN -> true;
			case PENDING -> comment.writtenBy(viewer);
			case DELETED -> hasReplies;
		};
	}

	private CommentView view(Comment comment, @Nullable UUID viewer, Map<MemberId, MemberSummary> authors,
			Set<UUID> reported, @Nullable String inReplyTo, List<CommentView> replies, Set<String> known) {
		var mine = comment.writtenBy(viewer);
		var readable = comment.status() == Comment.Status.PUBLISHED
				|| (comment.status() == Comment.Status.PENDING && mine);
		return new CommentView(comment.id(), "commentaire-" + comment.id(), author(comment, authors),
				avatar(comment, authors), comment.createdAt(), comment.editedAt() != null, comment.status().name(),
				readable ? html(comment, known) : null, comment.hiddenReason(), inReplyTo, mine,
				viewer != null && comment.editableBy(viewer, clock.instant(), rules.editWindow()),
				reported.contains(comment.id()), replies);
	}

	static Link author(Comment comment, Map<MemberId, MemberSummary> authors) {
		if (comment.importedAuthor() != null) {
			var profile = comment.remoteAuthorUrl();
			return new Link(comment.importedAuthor(), profile == null ? "" : profile);
		}
		var summary = comment.authorId() == null ? null : authors.get(new MemberId(comment.authorId()));
		if (summary == null || summary.deleted()) {
			return new Link("", "");
		}
		return new Link(summary.displayName(), summary.profilePath());
	}

	/** Members' Markdown rendered; remote replies' HTML sanitised with the same rules. */
	private static String html(Comment comment, Set<String> known) {
		var remote = comment.bodyHtml();
		return remote != null ? Markdown.sanitizeShortHtml(remote)
				: MentionLinks.link(Markdown.toSafeShortHtml(comment.bodyMarkdown()), known);
	}

	private static org.cercle.community.Avatar avatar(Comment comment, Map<MemberId, MemberSummary> authors) {
		if (comment.remoteAuthorUrl() != null) {
			var picture = comment.remoteAvatar();
			return new org.cercle.community.Avatar(author(comment, authors).label(),
					picture != null && picture.startsWith("https://") ? picture : null);
		}
		var summary = comment.authorId() == null ? null : authors.get(new MemberId(comment.authorId()));
		return summary == null ? new org.cercle.community.Avatar(author(comment, authors).label(), null)
				: summary.avatar();
	}

	private static String name(Comment comment, Map<MemberId, MemberSummary> authors) {
		return author(comment, authors).label();
	}

}
