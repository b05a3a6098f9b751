package org.cercle.app.database;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cercle.app.pages.DatabaseFailures;
import org.cercle.app.pages.ErrorForward;

/**
 * While PostgreSQL does not answer, a request that needs it fails fast with a 503 page in
 * the reader's language and a {@code Retry-After}, logged in one line: at once when the
 * {@link DatabaseWatch} already knows, else as soon as the pool gives up waiting for a
 * connection (a few seconds, not the pool's default half minute). Anonymous pages the
 * page cache still holds are not concerned: they never reach this filter's failure.
 */
class UnreachableDatabase extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnreachableDatabase.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!DatabaseFailures.unreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("503 {} {}: the database does not answer ({})", request.getMethod(), request.getRequestURI(),
					ex.getClass().getSimpleName());
			response.resetBuffer();
			response.setHeader("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS);
			ErrorForward.to(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.database-unavailable");
		}
	}

}
