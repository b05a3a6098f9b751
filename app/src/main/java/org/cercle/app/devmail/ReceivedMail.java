package org.cercle.app.devmail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** A message the embedded SMTP server received, taken apart for {@code /dev/mail}. */
public record ReceivedMail(int number, Instant receivedAt, String to, String subject, List<String> headers, String text,
		String safeHtml, List<String> attachments) {

	static ReceivedMail of(int number, MimeMessage message) throws MessagingException, IOException {
		var parts = new Parts();
		parts.walk(message);
		var headers = new ArrayList<String>();
		for (var header : Collections.list(message.getAllHeaders())) {
			headers.add(((Header) header).getName() + ": " + decode(((Header) header).getValue()));
		}
		var received = message.getReceivedDate() != null ? message.getReceivedDate()
				: message.getSentDate() != null ? message.getSentDate() : new java.util.Date();
		return new ReceivedMail(number, received.toInstant(), String.join(", ", recipients(message)),
				message.getSubject() == null ? "" : message.getSubject(), headers, parts.text,
				Jsoup.clean(parts.html, Safelist.relaxed().addProtocols("a", "href", "http", "https")),
				parts.attachments);
	}

	private static List<String> recipients(MimeMessage message) throws MessagingException {
		var all = message.getAllRecipients();
		return all == null ? List.of()
				: java.util.Arrays.stream(all).map(Object::toString).map(ReceivedMail::decode).toList();
	}

	private static String decode(String value) {
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(value));
		}
		catch (java.io.UnsupportedEncodingException unknown) {
			return value;
		}
	}

	private static final class Parts {

		String text = "";

		String html = "";

		final List<String> attachments = new ArrayList<>();

		void walk(Part part) throws MessagingException, IOException {
			if (part.getFileName() != null) {
				attachments.add(decode(part.getFileName()) + " (" + part.getContentType().split(";")[0] + ", "
						+ part.getInputStream().readAllBytes().length + " octets)");
			}
			else if (part.isMimeType("text/plain") && text.isEmpty()) {
				text = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/html") && html.isEmpty()) {
				html = String.valueOf(part.getContent());
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					walk(child);
				}
			}
		}

	}

	/** The text with its web addresses as links, escaped for HTML. */
	public String linkedText() {
		return linked(text);
	}

	static String linked(@Nullable String text) {
		if (text == null) {
			return "";
		}
		var escaped = HtmlUtils.htmlEscape(text, "UTF-8");
		return escaped.replaceAll("(https?://[^\\s<>&\"]+(?:&amp;[^\\s<>&\"]+)*)", "<a href=\"$1\">$1</a>");
	}

}
