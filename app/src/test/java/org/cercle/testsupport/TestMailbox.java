package org.cercle.testsupport;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the application's SMTP server (the in-process one the tests run with) received,
 * read per recipient: every test writes to addresses of its own.
 */
@Component
public class TestMailbox {

	private final ObjectProvider<GreenMail> server;

	/**
	 * Lazily: an instance started by a test on a real SMTP server has no in-process one.
	 */
	TestMailbox(ObjectProvider<GreenMail> server) {
		this.server = server;
	}

	public List<MimeMessage> to(String address) {
		return Arrays.stream(server.getObject().getReceivedMessages())
			.filter(message -> addressedTo(message, address))
			.toList();
	}

	/** Waits until that many letters reached the address, then returns them. */
	public List<MimeMessage> await(String address, int count) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> to(address).size() >= count);
		return to(address);
	}

	/** The one letter with that subject part sent to the address, once it has arrived. */
	public MimeMessage awaitOne(String address, String subjectPart) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> to(address).stream().anyMatch(message -> subject(message).contains(subjectPart)));
		return to(address).stream().filter(message -> subject(message).contains(subjectPart)).findFirst().orElseThrow();
	}

	/** The plain text part of a letter. */
	public static String text(MimeMessage message) {
		try {
			return part(message, "text/plain");
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The HTML part of a letter. */
	public static String html(MimeMessage message) {
		try {
			return part(message, "text/html");
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first link of the plain text that goes to the path, e.g. {@code /verify}. */
	public static String link(MimeMessage message, String path) {
		var matcher = Pattern.compile("(https?://\\S+" + Pattern.quote(path) + "\\S*)").matcher(text(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in:\n" + text(message));
		}
		return matcher.group(1);
	}

	/** The token of such a link. */
	public static String token(MimeMessage message, String path) {
		var link = link(message, path);
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	public static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The bytes of the part shown inside the HTML under this Content-ID
	 * ({@code <img src="cid:…">}).
	 */
	public static byte[] inline(MimeMessage message, String contentId) {
		try {
			var found = inline((Part) message, contentId);
			if (found == null) {
				throw new AssertionError("No inline part " + contentId);
			}
			return found;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte @org.jspecify.annotations.Nullable [] inline(Part part, String contentId)
			throws MessagingException, IOException {
		if (part instanceof jakarta.mail.internet.MimePart mime
				&& ("<" + contentId + ">").equals(mime.getContentID())) {
			return part.getInputStream().readAllBytes();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				var found = inline(multipart.getBodyPart(i), contentId);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			var recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch(recipient -> recipient.toString().toLowerCase().contains(address.toLowerCase()));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			var found = new ArrayList<String>();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				var text = part(child, type);
				if (!text.isEmpty()) {
					found.add(text);
				}
			}
			return found.isEmpty() ? "" : found.get(0);
		}
		return "";
	}

}
