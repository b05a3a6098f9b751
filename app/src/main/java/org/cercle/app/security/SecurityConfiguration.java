package org.cercle.app.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

import org.cercle.shared.web.ReturnPaths;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what over HTTP. Reading (GET) is open to everyone except one's account and
 * the management pages; every other request needs a signed-in member, and management
 * pages a role. CSRF tokens live in a cookie rather than the session, so anonymous
 * readers never create a session; sessions themselves live in PostgreSQL. Sign-in goes
 * through the community module's one AuthenticationProvider bean (throttled password
 * sign-in).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * The page an anonymous visitor wanted is kept in a short cookie, not in a session: a
	 * visitor sent to sign in never gets a database session.
	 */
	private static final RequestCache REQUESTS = new CookieRequestCache();

	private static final String[] INBOXES = { "/ap/inbox", "/ap/site/inbox", "/ap/members/*/inbox" };

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
			+ "style-src 'self'; script-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health/**", "/actuator/prometheus", "/livez", "/readyz")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers("/notifications/unsubscribe/*")
			.permitAll()
			.requestMatchers("/notifications", "/notifications/**")
			.authenticated()
			.requestMatchers("/manage/members/**", "/manage/audit", "/manage/import", "/manage/import/**",
					"/manage/mail", "/manage/mail/**")
			.hasRole("ADMIN")
			.requestMatchers("/manage/events/**", "/manage/events")
			.hasAnyRole("ORGANISER", "ADMIN")
			.requestMatchers("/manage/circles/**", "/manage/circles")
			.hasAnyRole("MODERATOR", "ADMIN")
			.requestMatchers("/manage/articles/**", "/manage/articles", "/manage/images", "/manage/images/**")
			.hasAnyRole("AUTHOR", "ADMIN")
			.requestMatchers("/manage/federation/keys")
			.hasRole("ADMIN")
			.requestMatchers("/manage/moderation/**", "/manage/moderation", "/manage/spam", "/manage/spam/**",
					"/manage/federation", "/manage/federation/**")
			.hasAnyRole("MODERATOR", "ADMIN")
			.requestMatchers("/manage/**")
			.hasAnyRole("AUTHOR", "ORGANISER", "MODERATOR", "ADMIN")
			.requestMatchers("/account", "/account/**", "/articles/*/comments/*/edit", "/circles/*/discussions/new",
					"/circles/*/discussions/*/edit", "/circles/*/discussions/*/replies/*/edit")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			// HEAD and OPTIONS answer like GET where GET is public (the pages above
			// stay closed whatever the method)
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/register", "/password/forgotten", "/password/reset", "/verify",
					"/email/confirm")
			.permitAll()
			// the social web's inboxes: the HTTP signature is the authority
			// (InboxVerification)
			.requestMatchers(HttpMethod.POST, INBOXES)
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.failureHandler(signInFailure())
				.successHandler(new ReturnAfterSignIn(REQUESTS))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?deconnecte").permitAll())
			// the JSON API's reads from other sites (ApiCors)
			.cors(Customizer.withDefaults())
			// one-click unsubscribe (RFC 8058) is a bare POST from a mail client: its
			// signed token is the authority
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
				.csrfTokenRequestHandler(csrfMasks())
				.ignoringRequestMatchers("/notifications/unsubscribe/*")
				.ignoringRequestMatchers(INBOXES))
			.exceptionHandling(errors -> errors.accessDeniedHandler(accessDenied()))
			// the page an anonymous visitor wanted is kept in a short cookie, not in a
			// session: a visitor sent to sign in never gets a database session
			.requestCache(cache -> cache.requestCache(REQUESTS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(
						permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * Undecodable or oversized requests are refused before any other filter reads them.
	 */
	@Bean
	FilterRegistrationBean<MalformedRequests> malformedRequests(
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
		var registration = new FilterRegistrationBean<>(new MalformedRequests(maxFormSize));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // just after the request
																// id
		return registration;
	}

	/**
	 * CSRF tokens in a cookie (anonymous readers get no session), SameSite=Lax like every
	 * cookie of ours.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		var tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * Each page's forms carry the cookie's token masked with fresh random bytes (BREACH),
	 * drawn from the thread's own generator: the JVM's default one is shared behind two
	 * locks, on which members' pages queued under load.
	 */
	private static XorCsrfTokenRequestAttributeHandler csrfMasks() {
		var masks = new XorCsrfTokenRequestAttributeHandler();
		masks.setSecureRandom(new PerThreadSecureRandom());
		return masks;
	}

	/**
	 * None of Spring Security's own observations: they wrapped each of its filters in an
	 * observation with its counters on every request, a third of what a member's page
	 * allocated. Requests are still measured whole ({@code http.server.requests}).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** A refused form (missing or stale CSRF token) says so, in the site's error page. */
	private static AccessDeniedHandler accessDenied() {
		return (request, response, exception) -> {
			if (exception instanceof CsrfException) {
				request.setAttribute("errorMessageKey", "error.csrf");
			}
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		};
	}

	/** Says why sign-in failed in words that never reveal whether an account exists. */
	/**
	 * Back to the sign-in page with the reason, the page to return to and the identifier
	 * typed (in a one-minute cookie for the sign-in page alone: no session for a failed
	 * attempt, no identifier in an address).
	 */
	private static AuthenticationFailureHandler signInFailure() {
		return (request, response, exception) -> {
			var reason = exception instanceof LockedException ? "trop"
					: exception instanceof DisabledException ? "suspendu" : "identifiants";
			var identifier = request.getParameter("username");
			if (identifier != null && !identifier.isBlank() && identifier.length() <= 254) {
				response.addHeader("Set-Cookie",
						org.springframework.http.ResponseCookie
							.from(ReturnPaths.IDENTIFIER_COOKIE,
									java.net.URLEncoder.encode(identifier.strip(),
											java.nio.charset.StandardCharsets.UTF_8))
							.path(request.getContextPath() + "/login")
							.maxAge(60)
							.httpOnly(true)
							.secure(request.isSecure())
							.sameSite("Lax")
							.build()
							.toString());
			}
			var back = ReturnPaths.safe(request.getParameter(ReturnPaths.PARAMETER));
			response.sendRedirect(
					org.springframework.web.util.UriComponentsBuilder.fromPath(request.getContextPath() + "/login")
						.queryParam("erreur", reason)
						.queryParamIfPresent(ReturnPaths.PARAMETER, java.util.Optional.ofNullable(back))
						.encode()
						.build()
						.toUriString());
		};
	}

}
