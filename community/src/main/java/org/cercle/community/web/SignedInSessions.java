package org.cercle.community.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import org.cercle.community.member.Member;

import org.cercle.community.account.SignedInMember;

/**
 * Signs a member in or refreshes what the session knows of them, and ends a member's
 * sessions on every application instance (they are stored in PostgreSQL).
 */
@Component
public class SignedInSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** Signs the member in on this request, under a new session id. */
	public void signIn(Member member, HttpServletRequest request, HttpServletResponse response) {
		var session = request.getSession(false);
		if (session != null) {
			request.changeSessionId();
		}
		store(member, request, response);
	}

	/** Replaces the signed-in member in the session after their profile changed. */
	public void refresh(Member member, HttpServletRequest request, HttpServletResponse response) {
		store(member, request, response);
	}

	/** Ends every session of the member except the given one (null: all of them). */
	public void endSessionsOf(Member member, @Nullable String keptSessionId) {
		var repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		repository.findByPrincipalName(member.id().toString())
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(repository::deleteById);
	}

	private void store(Member member, HttpServletRequest request, HttpServletResponse response) {
		var principal = new SignedInMember(member);
		principal.eraseCredentials();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
