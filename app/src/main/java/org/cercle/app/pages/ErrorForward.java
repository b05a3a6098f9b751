package org.cercle.app.pages;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * The site's error page, for a filter that must answer before the request reaches Spring
 * MVC: the page is drawn for a plain GET without parameters (they may be what could not
 * be read), so that no filter on the way asks it for a CSRF token or a session.
 */
public final class ErrorForward {

	private ErrorForward() {
	}

	public static void to(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey) throws ServletException, IOException {
		var plain = new PlainGet(request);
		plain.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
		plain.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		plain.setAttribute("errorMessageKey", messageKey);
		response.setStatus(status.value());
		request.getRequestDispatcher("/error").forward(plain, response);
	}

	private static final class PlainGet extends HttpServletRequestWrapper {

		PlainGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

	}

}
