package org.cercle.community.administration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberId;
import org.cercle.community.member.Members;

/** Writes and reads the audit log of administrative actions. */
@Service
public class AuditLog implements AuditTrail {

	private final AuditEntries entries;

	private final Members members;

	private final Clock clock;

	AuditLog(AuditEntries entries, Members members, Clock clock) {
		this.entries = entries;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Records an action in the caller's transaction: if the action is rolled back, so is
	 * its entry.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID actor, String action, @Nullable UUID target, @Nullable String details) {
		entries.save(new AuditEntry(clock.instant(), actor, action, target, details));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(MemberId actor, String action, @Nullable MemberId subject, @Nullable String details) {
		record(actor.value(), action, subject == null ? null : subject.value(), details);
	}

	@Transactional(readOnly = true)
	public List<AuditLine> latest(int count) {
		var found = entries.findBy(Sort.by(Sort.Direction.DESC, "occurredAt", "id"), Limit.of(count));
		var ids = new ArrayList<UUID>();
		found.forEach(entry -> {
			ids.add(entry.actorId());
			if (entry.targetId() != null) {
				ids.add(entry.targetId());
			}
		});
		var names = new java.util.HashMap<UUID, String>();
		members.findAllById(ids).forEach(member -> names.put(member.id(), member.handle()));
		return found.stream()
			.map(entry -> new AuditLine(entry.occurredAt(), names.getOrDefault(entry.actorId(), "?"), entry.action(),
					entry.targetId() == null ? null : names.getOrDefault(entry.targetId(), "?"), entry.details()))
			.toList();
	}

	/** An audit entry as the admin page shows it. */
	public record AuditLine(java.time.Instant at, String actor, String action, @Nullable String target,
			@Nullable String details) {
	}

}
