package org.cercle.testsupport;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CSRF token a rendered form carries, with its cookie, for MockMvc requests in a
 * context that also serves real HTTP: Spring Security's {@code csrf()} post-processor
 * would swap the shared filter's token repository and change what real visitors get.
 */
public final class FormToken {

	private FormToken() {
	}

	/** Sends the token of the page's first form, as a browser would. */
	public static RequestPostProcessor of(MvcTestResult page) {
		var cookie = page.getResponse().getCookie("XSRF-TOKEN");
		String html;
		try {
			html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		var field = Jsoup.parse(html).selectFirst("input[name=_csrf]");
		if (field == null || cookie == null) {
			throw new IllegalStateException("the page has no form with a CSRF token, or set no token cookie");
		}
		return request -> {
			request.setCookies(cookie);
			request.addParameter("_csrf", field.val());
			return request;
		};
	}

}
