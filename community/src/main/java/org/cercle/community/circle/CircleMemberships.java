package org.cercle.community.circle;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.community.PersonalData;

/** A member's circle memberships and requests, in the export of their data. */
@Component
@Transactional(readOnly = true)
class CircleMemberships implements PersonalData {

	private final Memberships memberships;

	private final Circles circles;

	CircleMemberships(Memberships memberships, Circles circles) {
		this.memberships = memberships;
		this.circles = circles;
	}

	@Override
	public String section() {
		return "memberships";
	}

	@Override
	public Object of(MemberId member) {
		var mine = memberships.ofMember(member.value());
		var names = circles.findAllById(mine.stream().map(Membership::circleId).toList())
			.stream()
			.collect(Collectors.toMap(Circle::id, Function.identity()));
		return mine.stream()
			.filter(membership -> names.containsKey(membership.circleId()))
			.map(membership -> new Exported(names.get(membership.circleId()).name(), membership.role().name(),
					membership.state().name(), membership.since(), membership.message()))
			.toList();
	}

	record Exported(String circle, String role, String state, Instant since, @Nullable String message) {
	}

}
