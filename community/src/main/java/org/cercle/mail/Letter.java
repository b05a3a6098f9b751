package org.cercle.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one person, ready to queue: plain text and HTML, optional extra headers
 * (only {@code List-Unsubscribe}, {@code List-Unsubscribe-Post}, {@code In-Reply-To} and
 * {@code References}) and attachments.
 *
 * @param kind what the letter is for, e.g. {@code account.verification}: shown in the
 * admin's log, never its content
 */
public record Letter(String kind, String to, @Nullable String toName, Locale locale, String subject, String text,
		String html, Map<String, String> headers, List<Attachment> attachments) {

	static final List<String> ALLOWED_HEADERS = List.of("List-Unsubscribe", "List-Unsubscribe-Post", "In-Reply-To",
			"References");

	public Letter {
		subject = oneLine(subject);
		toName = toName == null ? null : oneLine(toName);
		to = to.strip();
		if (to.isEmpty() || to.chars().anyMatch(c -> c == '\r' || c == '\n' || c == ',' || c == ';')) {
			throw new IllegalArgumentException("One plain address per letter");
		}
		var clean = new java.util.LinkedHashMap<String, String>();
		for (var header : headers.entrySet()) {
			if (!ALLOWED_HEADERS.contains(header.getKey())) {
				throw new IllegalArgumentException("Header not allowed: " + header.getKey());
			}
			clean.put(header.getKey(), oneLine(header.getValue()));
		}
		headers = java.util.Collections.unmodifiableMap(clean);
		attachments = List.copyOf(attachments);
	}

	/** A letter with no extra header and no attachment. */
	public Letter(String kind, String to, @Nullable String toName, Locale locale, Rendered content) {
		this(kind, to, toName, locale, content.subject(), content.text(), content.html(), Map.of(), List.of());
	}

	/** The same letter with one more header. */
	public Letter withHeader(String name, String value) {
		var more = new java.util.LinkedHashMap<>(headers);
		more.put(name, oneLine(value));
		return new Letter(kind, to, toName, locale, subject, text, html, more, attachments);
	}

	/** The same letter with one more attachment. */
	public Letter withAttachment(Attachment attachment) {
		var more = new java.util.ArrayList<>(attachments);
		more.add(attachment);
		return new Letter(kind, to, toName, locale, subject, text, html, headers, more);
	}

	/**
	 * CR and LF never reach a header: they would let a value start a header of its own.
	 */
	static String oneLine(String value) {
		return value.replaceAll("[\\r\\n\\t]+", " ").strip();
	}

	/**
	 * A file sent with the letter, e.g. an iCalendar invitation; with a
	 * {@code contentId}, an image the HTML shows as {@code <img src="cid:…">}.
	 */
	public record Attachment(String filename, String contentType, byte[] content, @Nullable String contentId) {

		public Attachment(String filename, String contentType, byte[] content) {
			this(filename, contentType, content, null);
		}

	}

	/** What a template gave: the subject, the plain text and the HTML. */
	public record Rendered(String subject, String text, String html) {
	}

}
