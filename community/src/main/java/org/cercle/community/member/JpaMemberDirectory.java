package org.cercle.community.member;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;
import org.cercle.community.UnverifiedAddress;
import org.cercle.community.Addressee;

@Service
@Transactional(readOnly = true)
class JpaMemberDirectory implements MemberDirectory {

	private final Members members;

	JpaMemberDirectory(Members members) {
		this.members = members;
	}

	@Override
	public Map<MemberId, MemberSummary> findAll(Collection<MemberId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var uuids = ids.stream().map(MemberId::value).distinct().toList();
		return members.summaries(uuids).stream().collect(Collectors.toMap(MemberSummary::id, Function.identity()));
	}

	@Override
	public Map<MemberId, Addressee> addressees(Collection<MemberId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return members.findAllById(ids.stream().map(MemberId::value).toList())
			.stream()
			.filter(member -> member.isActive() && member.emailVerified() && member.email() != null)
			.collect(Collectors.toMap(Member::memberId, member -> new Addressee(member.memberId(), member.displayName(),
					String.valueOf(member.email()), member.language())));
	}

	@Override
	public java.util.Set<String> knownHandles(Collection<String> handles) {
		return handles.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(members.knownHandles(handles));
	}

	@Override
	public java.util.List<MemberId> reachable() {
		return members.reachable().stream().map(MemberId::new).toList();
	}

	@Override
	public void requireVerified(MemberId id) {
		if (!members.isVerified(id.value())) {
			throw new UnverifiedAddress();
		}
	}

	@Override
	public Optional<MemberSummary> findById(MemberId id) {
		return members.findById(id.value()).map(Member::summary);
	}

	@Override
	public Optional<MemberSummary> findByHandle(String handle) {
		return members.findByHandle(handle).filter(m -> m.status() != Member.Status.DELETED).map(Member::summary);
	}

}
