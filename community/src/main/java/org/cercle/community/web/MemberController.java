package org.cercle.community.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.circle.MemberCircles;

import org.cercle.community.member.Member;
import org.cercle.community.member.MemberProfile;
import org.cercle.community.member.Members;

@Controller
class MemberController {

	/** How many of a member's articles their profile lists. */
	static final int ARTICLES = 10;

	private final Members members;

	private final MemberCircles circles;

	private final org.cercle.community.MemberArticles articles;

	MemberController(Members members, MemberCircles circles, org.cercle.community.MemberArticles articles) {
		this.articles = articles;
		this.members = members;
		this.circles = circles;
	}

	@GetMapping("/members/{handle}")
	@Transactional(readOnly = true)
	String profile(@PathVariable String handle, Model model) {
		var member = members.findByHandle(handle)
			.filter(found -> found.status() != Member.Status.DELETED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "community.error.member-not-found"));
		model.addAttribute("profile", MemberProfile.of(member));
		model.addAttribute("circles", circles.of(member.id()));
		model.addAttribute("bioHtml", member.bio() == null || member.bio().isBlank() ? null
				: org.cercle.shared.Markdown.toSafeShortHtml(member.bio()));
		model.addAttribute("articles", articles.newest(new org.cercle.community.MemberId(member.id()), ARTICLES));
		return "community/members/profile";
	}

}
