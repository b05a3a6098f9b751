package org.cercle.app.operations;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One id per request, in every log line written while it is served ({@code requestId} in
 * the logging context: in brackets in plain logs, a field of its own in JSON logs) and in
 * the {@code X-Request-Id} response header, so that a reader's report and an operator's
 * logs meet. A proxy's own id ({@code X-Request-Id}, e.g. nginx's {@code $request_id}) is
 * kept when it looks like one.
 */
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var given = request.getHeader(HEADER);
		var id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
		response.setHeader(HEADER, id);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false; // the error page's lines belong to the same request
	}

	/**
	 * A correlation id, not a secret: drawn without the locking of a secure random
	 * generator, on every request.
	 */
	private static String newId() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

}
