package org.cercle.community.administration;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.community.Role;
import org.cercle.shared.Refusal.Kind;

/** What admins do to members: roles and suspension, each written to the audit log. */
@Service
@Transactional
public class MemberAdministration {

	static final int LISTED = 100;

	private final Members members;

	private final AuditLog audit;

	MemberAdministration(Members members, AuditLog audit) {
		this.members = members;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<MemberRow> search(String query) {
		var trimmed = query.strip();
		return members.search(trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed, Limit.of(LISTED))
			.stream()
			.map(MemberRow::of)
			.toList();
	}

	public Member grant(UUID actor, String handle, Role role) {
		var member = find(handle);
		member.grant(role);
		audit.record(actor, "ROLE_GRANTED", member.id(), role.name());
		return member;
	}

	/**
	 * Removes a role; returns the member so that their sessions, which still carry it,
	 * can be ended.
	 */
	public Member revoke(UUID actor, String handle, Role role) {
		var member = find(handle);
		if (role == Role.ADMIN && member.id().equals(actor)) {
			throw new AdministrationRefused(Kind.CONFLICT, "community.admin.cannot-revoke-self");
		}
		member.revoke(role);
		audit.record(actor, "ROLE_REVOKED", member.id(), role.name());
		return member;
	}

	public Member suspend(UUID actor, String handle, String reason) {
		var member = find(handle);
		if (member.id().equals(actor)) {
			throw new AdministrationRefused(Kind.CONFLICT, "community.admin.cannot-suspend-self");
		}
		if (!member.isActive()) {
			throw new AdministrationRefused(Kind.CONFLICT, "community.admin.not-active");
		}
		member.suspend();
		audit.record(actor, "MEMBER_SUSPENDED", member.id(), reason);
		return member;
	}

	public Member reactivate(UUID actor, String handle) {
		var member = find(handle);
		if (member.status() != Member.Status.SUSPENDED) {
			throw new AdministrationRefused(Kind.CONFLICT, "community.admin.not-suspended");
		}
		member.reactivate();
		audit.record(actor, "MEMBER_REACTIVATED", member.id(), null);
		return member;
	}

	private Member find(String handle) {
		return members.findByHandle(handle)
			.filter(member -> member.status() != Member.Status.DELETED)
			.orElseThrow(() -> new AdministrationRefused(Kind.NOT_FOUND, "community.error.member-not-found"));
	}

	/** A member as the admin list shows them. */
	public record MemberRow(String handle, String displayName, String email, String status, List<String> roles,
			java.time.Instant memberSince) {

		static MemberRow of(Member member) {
			return new MemberRow(member.handle(), member.displayName(), String.valueOf(member.email()),
					member.status().name(), member.roles().stream().map(Enum::name).sorted().toList(),
					member.createdAt());
		}

	}

}
