package org.cercle.app.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

import org.cercle.shared.web.ReturnPaths;

/**
 * After signing in, back to the page the member came from ("Connectez-vous pour
 * commenter" carries it), at the form they wanted; otherwise to the page that asked for a
 * sign-in, or home. Only paths of this site are followed.
 */
class ReturnAfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final RequestCache requests;

	ReturnAfterSignIn(RequestCache requests) {
		this.requests = requests;
		setRequestCache(requests);
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		var back = ReturnPaths.safe(request.getParameter(ReturnPaths.PARAMETER));
		if (back == null) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		requests.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response, back);
	}

}
