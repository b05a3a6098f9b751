package org.cercle.community.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;

/**
 * Finds who is signing in, by email or handle. Deleted accounts and accounts without
 * password never sign in.
 */
@Service
@Transactional(readOnly = true)
class MemberSignIn implements UserDetailsService {

	private final Members members;

	MemberSignIn(Members members) {
		this.members = members;
	}

	@Override
	public UserDetails loadUserByUsername(String identifier) {
		return members.findBySignInIdentifier(identifier)
			.filter(member -> member.status() != Member.Status.DELETED && member.passwordHash() != null)
			.map(SignedInMember::new)
			.orElseThrow(() -> new UsernameNotFoundException("No member signs in as that"));
	}

}
