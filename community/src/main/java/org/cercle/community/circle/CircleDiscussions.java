package org.cercle.community.circle;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.shared.Markdown;
import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.shared.Refusal.Kind;
import org.cercle.community.UnverifiedAddress;
import org.cercle.community.DiscussionReplied;
import org.cercle.community.MemberId;
import org.cercle.shared.MentionLinks;
import org.cercle.community.DiscussionStarted;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Discussions inside circles: active members start threads and reply; readers of the
 * circle read them. Authors edit their own posts; authors and moderators delete them.
 */
@Service
@Transactional
public class CircleDiscussions {

	static final int TITLE_MAX = 150;

	static final int BODY_MAX = 10_000;

	private final CircleAccess access;

	private final Discussions discussions;

	private final DiscussionReplies replies;

	private final Members members;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final PostingPace pace;

	private final DiscussionRules rules;

	private final org.cercle.community.SpamGuard spam;

	CircleDiscussions(CircleAccess access, Discussions discussions, DiscussionReplies replies, Members members,
			Clock clock, ApplicationEventPublisher publisher, PostingPace pace, DiscussionRules rules,
			org.cercle.community.SpamGuard spam) {
		this.spam = spam;
		this.publisher = publisher;
		this.pace = pace;
		this.rules = rules;
		this.access = access;
		this.discussions = discussions;
		this.replies = replies;
		this.members = members;
		this.clock = clock;
	}

	public Discussion start(String slug, UUID author, boolean moderator, String title, String body) {
		var circle = access.circle(slug);
		var standing = access.of(circle, author, moderator);
		standing.mustPost();
		requireVerified(author);
		var checkedTitle = checkedTitle(title);
		var checkedBody = checkedBody(body);
		pace.check(author);
		var held = heldFor(author, standing);
		spam.check(new MemberId(author), checkedTitle + "\n" + checkedBody, !held);
		spam.remember(new MemberId(author), checkedTitle + "\n" + checkedBody);
		var discussion = new Discussion(circle.id(), author, checkedTitle, checkedBody, clock.instant());
		if (held) {
			discussion.hold();
			return discussions.save(discussion);
		}
		discussions.save(discussion);
		announce(circle, discussion);
		return discussion;
	}

	private void requireVerified(UUID author) {
		if (!members.isVerified(author)) {
			throw new UnverifiedAddress();
		}
	}

	public DiscussionReply reply(String slug, UUID discussionId, UUID author, boolean moderator, String body) {
		var circle = access.circle(slug);
		var standing = access.of(circle, author, moderator);
		standing.mustPost();
		requireVerified(author);
		var discussion = visibleDiscussion(circle, discussionId, author, standing);
		var text = checkedBody(body);
		pace.check(author);
		var held = heldFor(author, standing);
		spam.check(new MemberId(author), text, !held);
		spam.remember(new MemberId(author), text);
		var reply = new DiscussionReply(discussion.id(), author, text, clock.instant());
		if (held) {
			reply.hold();
			return replies.save(reply);
		}
		replies.save(reply);
		announce(circle, discussion, reply);
		return reply;
	}

	/**
	 * A member's posts wait for a circle leader until enough of theirs were published;
	 * leaders and moderators never wait.
	 */
	private boolean heldFor(UUID author, CircleAccess.Standing standing) {
		return !standing.leads() && replies.publishedBy(author) < rules.approvalsBeforeTrust();
	}

	private void announce(Circle circle, Discussion discussion) {
		publisher.publishEvent(new DiscussionStarted(circle.ref(), discussion.id(), discussion.title(),
				new MemberId(discussion.authorId()), discussion.bodyMarkdown()));
	}

	private void announce(Circle circle, Discussion discussion, DiscussionReply reply) {
		var participants = new java.util.LinkedHashSet<MemberId>();
		if (discussion.authorId() != null) {
			participants.add(new MemberId(discussion.authorId()));
		}
		replies.of(discussion.id())
			.stream()
			.filter(other -> !other.held())
			.map(DiscussionReply::authorId)
			.filter(java.util.Objects::nonNull)
			.forEach(id -> participants.add(new MemberId(id)));
		participants.remove(new MemberId(reply.authorId()));
		discussion.replied(reply.createdAt());
		publisher.publishEvent(new DiscussionReplied(circle.ref(), discussion.id(), discussion.title(), reply.id(),
				new MemberId(reply.authorId()), participants, reply.bodyMarkdown()));
	}

	/**
	 * A circle leader (or a moderator) publishes a held discussion or reply: readers see
	 * it, and those who follow are told, from now on.
	 */
	public void approve(String slug, UUID discussionId, @Nullable UUID replyId, UUID leader, boolean moderator) {
		var circle = access.circle(slug);
		var standing = access.of(circle, leader, moderator);
		discussion(circle, discussionId); // an unknown discussion is a 404 before any
											// right
		standing.mustLead();
		var discussion = visibleDiscussion(circle, discussionId, leader, standing);
		if (replyId == null) {
			if (discussion.held()) {
				discussion.release();
				announce(circle, discussion);
			}
			return;
		}
		var reply = reply(discussion, replyId);
		if (reply.held()) {
			reply.release();
			announce(circle, discussion, reply);
		}
	}

	/** A discussion, held ones only for their author and the circle's leaders. */
	private Discussion visibleDiscussion(Circle circle, UUID id, @Nullable UUID viewer,
			CircleAccess.Standing standing) {
		var discussion = discussion(circle, id);
		if (discussion.held() && !standing.leads() && !discussion.authorId().equals(viewer)) {
			throw new CircleRefused(Kind.NOT_FOUND, "community.discussion.not-found");
		}
		return discussion;
	}

	@Transactional(readOnly = true)
	public DiscussionView view(String slug, UUID discussionId, @Nullable UUID viewer, boolean moderator) {
		var circle = access.circle(slug);
		var standing = access.of(circle, viewer, moderator);
		standing.mustRead();
		var discussion = visibleDiscussion(circle, discussionId, viewer, standing);
		var all = replies.of(discussion.id())
			.stream()
			.filter(reply -> !reply.held() || standing.leads() || reply.authorId().equals(viewer))
			.toList();
		var people = members
			.findAllById(Stream.concat(Stream.of(discussion.authorId()), all.stream().map(DiscussionReply::authorId))
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(Member::id, Function.identity()));
		var mentioned = new java.util.HashSet<>(MentionLinks.handlesIn(discussion.bodyMarkdown()));
		all.forEach(reply -> mentioned.addAll(MentionLinks.handlesIn(reply.bodyMarkdown())));
		java.util.Set<String> known = mentioned.isEmpty() ? java.util.Set.of()
				: new java.util.HashSet<>(members.knownHandles(mentioned));
		var opening = post(discussion.id(), "discussion", discussion.authorId(), discussion.createdAt(),
				discussion.editedAt(), discussion.bodyMarkdown(), false, viewer, moderator, people, known)
			.held(discussion.held(), standing.leads())
			.hidden(discussion.hiddenReason(), standing.leads());
		var posts = all.stream()
			.map(reply -> post(reply.id(), "reponse-" + reply.id(), reply.authorId(), reply.createdAt(),
					reply.editedAt(), reply.bodyMarkdown(), reply.deleted(), viewer, moderator, people, known)
				.held(reply.held(), standing.leads())
				.hidden(reply.deleted() ? null : reply.hiddenReason(), standing.leads()))
			.toList();
		return new DiscussionView(discussion.id(), circle.slug(), circle.name(), discussion.title(), opening, posts,
				standing.posts());
	}

	@Transactional(readOnly = true)
	List<DiscussionView.Card> latest(Circle circle, int count) {
		var found = discussions.latestOf(circle.id(), Limit.of(count));
		var names = names(found.stream().map(Discussion::authorId).toList());
		return found.stream()
			.map(d -> new DiscussionView.Card(d.id(), d.title(), names.getOrDefault(d.authorId(), "?"), d.lastPostAt(),
					d.replyCount()))
			.toList();
	}

	/** The text a member may edit: the discussion's or one reply's. */
	@Transactional(readOnly = true)
	public Editable editable(String slug, UUID discussionId, @Nullable UUID replyId, UUID member) {
		var circle = access.circle(slug);
		var discussion = discussion(circle, discussionId);
		if (replyId == null) {
			mustBeAuthor(discussion.authorId(), member, discussion.deleted());
			return new Editable(circle.name(), discussion.title(), discussion.bodyMarkdown());
		}
		var reply = reply(discussion, replyId);
		mustBeAuthor(reply.authorId(), member, reply.deleted());
		return new Editable(circle.name(), null, reply.bodyMarkdown());
	}

	public void edit(String slug, UUID discussionId, @Nullable UUID replyId, UUID member, @Nullable String title,
			String body) {
		var circle = access.circle(slug);
		if (circle.archived()) {
			throw new CircleRefused(Kind.CONFLICT, "community.circle.archived");
		}
		var discussion = discussion(circle, discussionId);
		// the right to write is checked now, not only authorship: a member who left
		// or was removed no longer edits what they wrote there
		access.of(circle, member, false).mustPost();
		if (replyId == null) {
			mustBeAuthor(discussion.authorId(), member, discussion.deleted());
			discussion.edit(checkedTitle(title == null ? "" : title), checkedBody(body), clock.instant());
			return;
		}
		var reply = reply(discussion, replyId);
		mustBeAuthor(reply.authorId(), member, reply.deleted());
		reply.edit(checkedBody(body), clock.instant());
	}

	public void delete(String slug, UUID discussionId, @Nullable UUID replyId, UUID member, boolean moderator) {
		var circle = access.circle(slug);
		var discussion = discussion(circle, discussionId);
		var author = replyId == null ? discussion.authorId() : reply(discussion, replyId).authorId();
		if (!moderator && !author.equals(member)) {
			throw new CircleRefused(Kind.NOT_ALLOWED, "community.discussion.not-yours");
		}
		if (replyId == null) {
			discussion.delete();
		}
		else {
			reply(discussion, replyId).delete();
		}
	}

	private Discussion discussion(Circle circle, UUID id) {
		return discussions.findById(id)
			.filter(d -> d.circleId().equals(circle.id()) && !d.deleted())
			.orElseThrow(() -> new CircleRefused(Kind.NOT_FOUND, "community.discussion.not-found"));
	}

	private DiscussionReply reply(Discussion discussion, UUID id) {
		return replies.findById(id)
			.filter(r -> r.discussionId().equals(discussion.id()))
			.orElseThrow(() -> new CircleRefused(Kind.NOT_FOUND, "community.discussion.not-found"));
	}

	private static void mustBeAuthor(UUID author, UUID member, boolean deleted) {
		if (!author.equals(member)) {
			throw new CircleRefused(Kind.NOT_ALLOWED, "community.discussion.not-yours");
		}
		if (deleted) {
			throw new CircleRefused(Kind.GONE, "community.discussion.deleted");
		}
	}

	private DiscussionView.Post post(UUID id, String anchor, UUID author, java.time.Instant at,
			java.time.@Nullable Instant edited, String markdown, boolean deleted, @Nullable UUID viewer,
			boolean moderator, Map<UUID, Member> people, java.util.Set<String> known) {
		var person = people.get(author);
		var gone = person == null || person.summary().deleted();
		var mine = author.equals(viewer);
		return new DiscussionView.Post(id, anchor, gone ? null : person.handle(),
				person == null ? "" : person.displayName(),
				person == null ? new org.cercle.community.Avatar("", null) : person.summary().avatar(), at,
				edited != null, deleted ? null : MentionLinks.link(Markdown.toSafeShortHtml(markdown), known),
				mine && !deleted, (mine || moderator) && !deleted, false, false, null, false);
	}

	private Map<UUID, String> names(List<UUID> ids) {
		return members.findAllById(ids).stream().collect(Collectors.toMap(Member::id, Member::displayName));
	}

	static String checkedTitle(String title) {
		var text = title.strip();
		if (text.isEmpty() || text.length() > TITLE_MAX) {
			throw new CircleRefused(Kind.INVALID, "community.discussion.title-invalid");
		}
		return text;
	}

	static String checkedBody(String body) {
		var text = body.strip();
		if (text.isEmpty() || text.length() > BODY_MAX) {
			throw new CircleRefused(Kind.INVALID, "community.discussion.body-invalid");
		}
		return text;
	}

	/** What an edit form shows. */
	public record Editable(String circleName, @Nullable String title, String body) {
	}

}
