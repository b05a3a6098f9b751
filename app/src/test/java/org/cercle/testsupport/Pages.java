package org.cercle.testsupport;

import java.io.UnsupportedEncodingException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads pages the way a browser would, for assertions on their HTML. */
public final class Pages {

	private Pages() {
	}

	public static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost/");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The text of the elements as shown, keeping no-break spaces (jsoup's text() turns
	 * them into spaces).
	 */
	public static String text(org.jsoup.select.Elements elements) {
		return elements.stream()
			.map(element -> element.wholeText().replaceAll("[ \\t\\r\\n]+", " ").strip())
			.collect(java.util.stream.Collectors.joining(" "));
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
