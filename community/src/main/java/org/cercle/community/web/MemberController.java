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

	private final Members members;

	private final MemberCircles circles;

	MemberController(Members members, MemberCircles circles) {
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
		return "community/members/profile";
	}

}
