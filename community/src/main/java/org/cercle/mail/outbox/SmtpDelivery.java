package org.cercle.mail.outbox;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a batch of claimed letters over one SMTP connection and tells, for each, whether
 * the server took it or why not.
 */
class SmtpDelivery {

	private static final Session BUILDING = Session.getInstance(new Properties());

	private final JavaMailSender sender;

	private final String from;

	SmtpDelivery(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	/** The error of each letter that failed; the others were accepted by the server. */
	Map<UUID, String> send(List<ClaimedLetter> letters) {
		var failures = new LinkedHashMap<UUID, String>();
		var messages = new LinkedHashMap<MimeMessage, UUID>();
		for (var letter : letters) {
			try {
				messages.put(message(letter), letter.id());
			}
			catch (MessagingException | UnsupportedEncodingException | RuntimeException malformed) {
				failures.put(letter.id(), "Lettre mal formée : " + malformed.getMessage());
			}
		}
		if (messages.isEmpty()) {
			return failures;
		}
		try {
			sender.send(messages.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException partly) {
			var failed = partly.getFailedMessages();
			if (failed.isEmpty()) {
				messages.values().forEach(id -> failures.put(id, describe(partly)));
			}
			failed.forEach((message, error) -> failures.put(messages.get(message), describe(error)));
		}
		catch (MailException notSent) {
			messages.values().forEach(id -> failures.put(id, describe(notSent)));
		}
		return failures;
	}

	private MimeMessage message(ClaimedLetter letter) throws MessagingException, UnsupportedEncodingException {
		var message = new FixedIdMessage(letter.messageId());
		var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				StandardCharsets.UTF_8.name());
		helper.setFrom(InternetAddress.parse(from, true)[0]);
		var to = new InternetAddress(letter.to(), true);
		if (letter.toName() != null) {
			to.setPersonal(letter.toName(), StandardCharsets.UTF_8.name());
		}
		helper.setTo(to);
		helper.setSubject(letter.subject());
		helper.setText(letter.text(), letter.html());
		for (var attachment : letter.attachments()) {
			if (attachment.contentId() != null) {
				helper.addInline(attachment.contentId(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			else {
				helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
		}
		for (var header : letter.headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		return message;
	}

	/** The deepest cause's message (the SMTP server's answer), on one line. */
	private static String describe(Exception error) {
		var cause = NestedExceptionUtils.getMostSpecificCause(error);
		var message = cause.getMessage() != null ? cause.getMessage() : error.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.replaceAll("[\\r\\n]+", " ");
	}

	/** A message that keeps the Message-ID it was given when it is saved and sent. */
	static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(String messageId) {
			super(BUILDING);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
