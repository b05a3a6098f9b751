package org.cercle.community.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import org.cercle.community.member.Identifiers;
import org.cercle.community.member.Member;
import org.cercle.community.member.Members;

/**
 * Password sign-in with brute-force protection: after 5 failures for one account within
 * 15 minutes, or 30 from one client address, every try is refused for a while, even with
 * the right password. Unknown accounts are counted the same way, so the answer never
 * tells whether an account exists. A successful sign-in clears the account's count. A
 * suspended member learns it only once the password is right.
 */
@Component
class ThrottledSignIn extends DaoAuthenticationProvider {

	private final Throttle throttle;

	private final Members members;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Duration window;

	ThrottledSignIn(MemberSignIn signIn, PasswordEncoder passwords, Throttle throttle, Members members,
			@Value("${cercle.sign-in.max-failures-per-account:5}") int maxPerAccount,
			@Value("${cercle.sign-in.max-failures-per-address:30}") int maxPerAddress,
			@Value("${cercle.sign-in.window:15m}") Duration window) {
		super(signIn);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
		this.members = members;
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var identifier = Identifiers.key(String.valueOf(authentication.getName()));
		var account = members.findBySignInIdentifier(identifier)
			.map(member -> member.id().toString())
			.orElse(identifier);
		var address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		var byAccount = throttle.attempt(Throttle.Kind.SIGN_IN_ACCOUNT, account, window);
		var byAddress = throttle.attempt(Throttle.Kind.SIGN_IN_ADDRESS, address, window);
		if (byAccount.over(maxPerAccount) || byAddress.over(maxPerAddress)) {
			throttle.forget(byAccount);
			throttle.forget(byAddress);
			throw new TooManySignInAttempts();
		}
		var result = super.authenticate(authentication); // a failure stays counted
		throttle.clear(Throttle.Kind.SIGN_IN_ACCOUNT, account);
		throttle.forget(byAddress);
		if (result != null && result.getPrincipal() instanceof SignedInMember member && suspended(member)) {
			throw new DisabledException("Suspended member");
		}
		return result;
	}

	private boolean suspended(SignedInMember member) {
		return members.findById(member.id()).map(found -> found.status() == Member.Status.SUSPENDED).orElse(true);
	}

}
