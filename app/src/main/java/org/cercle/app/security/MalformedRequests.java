package org.cercle.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cercle.app.pages.ErrorForward;

/**
 * Reads every request's parameters first, before anything else may: a query string or
 * form that cannot be decoded (bytes that are not UTF-8) is answered 400, a form or
 * upload over the limits 413, with the site's error page in the reader's language and one
 * WARN line in the log, never a stack trace. Left to themselves, such requests failed
 * deep inside the filters with a 500 and a long trace, and again while the error page was
 * drawn.
 */
class MalformedRequests extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

	private final long maxFormBytes;

	MalformedRequests(DataSize maxFormSize) {
		this.maxFormBytes = maxFormSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException unreadable) { // Tomcat's InvalidParameterException
			refuse(request, response, unreadable);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, IllegalStateException unreadable)
			throws ServletException, IOException {
		var tooLarge = NestedExceptionUtils.getRootCause(unreadable) instanceof SizeException
				|| request.getContentLengthLong() > maxFormBytes;
		var status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		log.warn("{} {} {} from {}: {} ({})", status.value(), request.getMethod(), request.getRequestURI(),
				request.getRemoteAddr(), tooLarge ? "body over the limits" : "parameters that are not UTF-8",
				NestedExceptionUtils.getMostSpecificCause(unreadable).getClass().getSimpleName());
		ErrorForward.to(request, response, status, tooLarge ? "error.too-large" : "error.malformed");
	}

}
