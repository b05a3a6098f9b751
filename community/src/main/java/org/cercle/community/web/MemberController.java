package org.cercle.community.web;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.MemberActivity;
import org.cercle.community.MemberArticles;
import org.cercle.community.MemberId;
import org.cercle.community.circle.MemberCircles;
import org.cercle.community.member.ListedMembers;
import org.cercle.community.member.Member;
import org.cercle.community.member.MemberProfile;
import org.cercle.community.member.Members;
import org.cercle.shared.Markdown;

/**
 * Public pages of members: the directory of those who chose to be listed, and each
 * member's profile (articles, public circles, latest comments, and the events they will
 * attend when they chose to show them).
 */
@Controller
class MemberController {

	/** How many of a member's articles, comments and events their profile lists. */
	static final int ARTICLES = 10;

	static final int COMMENTS = 5;

	static final int EVENTS = 5;

	/** Members per page of the directory. */
	static final int PAGE = 30;

	private final Members members;

	private final MemberCircles circles;

	private final MemberArticles articles;

	private final MemberActivity activity;

	private final ListedMembers listed;

	MemberController(Members members, MemberCircles circles, MemberArticles articles, MemberActivity activity,
			ListedMembers listed) {
		this.articles = articles;
		this.members = members;
		this.circles = circles;
		this.activity = activity;
		this.listed = listed;
	}

	@GetMapping("/members")
	String directory(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String cercle,
			@RequestParam(defaultValue = "") String role, @RequestParam(required = false) @Nullable String apres,
			Model model) {
		if (q.length() > 100 || cercle.length() > 100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "community.members.query-too-long");
		}
		var filter = new ListedMembers.Filter(q, cercle, role);
		var after = ListedMembers.Cursor.parse(apres);
		if (apres != null && after == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.bad-parameter");
		}
		model.addAttribute("filter", filter);
		model.addAttribute("page", listed.page(filter, after, PAGE));
		model.addAttribute("circles", listed.circles());
		model.addAttribute("roles", ListedMembers.ROLES);
		model.addAttribute("further", after != null);
		return "community/members/directory";
	}

	@GetMapping("/members/{handle}")
	@Transactional(readOnly = true)
	String profile(@PathVariable String handle, Model model) {
		var member = members.findByHandle(handle)
			.filter(found -> found.status() != Member.Status.DELETED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "community.error.member-not-found"));
		var id = new MemberId(member.id());
		model.addAttribute("profile", MemberProfile.of(member));
		model.addAttribute("circles", circles.of(member.id()));
		model.addAttribute("bioHtml",
				member.bio() == null || member.bio().isBlank() ? null : Markdown.toSafeShortHtml(member.bio()));
		model.addAttribute("articles", articles.newest(id, ARTICLES));
		model.addAttribute("comments", activity.recentComments(id, COMMENTS));
		model.addAttribute("events", member.showsEvents() ? activity.upcomingEvents(id, EVENTS) : java.util.List.of());
		return "community/members/profile";
	}

}
