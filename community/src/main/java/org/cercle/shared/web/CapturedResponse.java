package org.cercle.shared.web;

import java.io.PrintWriter;
import java.io.Writer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose body a view writes to memory (a part of a page rendered once for many
 * readers); its headers and cookies still go to the real response, its content type stays
 * the page's.
 */
public final class CapturedResponse extends HttpServletResponseWrapper {

	private final PrintWriter writer;

	public CapturedResponse(HttpServletResponse response, Writer body) {
		super(response);
		this.writer = new PrintWriter(body);
	}

	@Override
	public PrintWriter getWriter() {
		return writer;
	}

	@Override
	public void flushBuffer() {
		writer.flush();
	}

	@Override
	public void setContentType(String type) {
		// the page's own type stands
	}

}
