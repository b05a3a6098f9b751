package org.cercle.community.account;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.cercle.community.member.Member;

/**
 * The signed-in member as the security context (and so the session) holds it. Its name is
 * the member's id, so that sessions can be found and ended per member, whatever their
 * handle.
 */
public final class SignedInMember implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * The authority of a member whose address is not verified yet (the pages show a
	 * reminder).
	 */
	public static final String UNVERIFIED = "UNVERIFIED";

	private final UUID id;

	private final String handle;

	private final String displayName;

	private @Nullable String passwordHash;

	private final List<String> authorities;

	public SignedInMember(Member member) {
		this.id = member.id();
		this.handle = member.handle();
		this.displayName = member.displayName();
		this.passwordHash = member.passwordHash();
		var granted = new ArrayList<String>();
		granted.add("ROLE_MEMBER");
		member.roles().forEach(role -> granted.add(role.authority()));
		if (!member.emailVerified()) {
			granted.add(UNVERIFIED);
		}
		this.authorities = List.copyOf(granted);
	}

	public UUID id() {
		return id;
	}

	public String getHandle() {
		return handle;
	}

	public String getDisplayName() {
		return displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return id.toString();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
