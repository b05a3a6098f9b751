package org.cercle.testsupport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cercle.community.FormTimer;

/**
 * MockMvc requests post forms the way a person's browser does: a POST without the
 * anti-bot time stamp gets the one the page would have carried. A test that wants to play
 * the bot sends the field itself (empty, forged or too recent).
 */
final class FilledForms extends OncePerRequestFilter {

	private final ObjectProvider<FormTimer> timer;

	FilledForms(ObjectProvider<FormTimer> timer) {
		this.timer = timer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || request.getParameter(FormTimer.SHOWN_AT) != null) {
			chain.doFilter(request, response);
			return;
		}
		var stamp = timer.getObject().stamp();
		var parameters = new LinkedHashMap<String, String[]>(request.getParameterMap());
		parameters.put(FormTimer.SHOWN_AT, new String[] { stamp });
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				var values = parameters.get(name);
				return values == null || values.length == 0 ? null : values[0];
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return parameters;
			}

			@Override
			public java.util.Enumeration<String> getParameterNames() {
				return java.util.Collections.enumeration(parameters.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return parameters.get(name);
			}

		}, response);
	}

}
