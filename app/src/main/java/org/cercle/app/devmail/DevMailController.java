package org.cercle.app.devmail;

import java.io.IOException;
import java.util.ArrayList;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /dev/mail}: what the embedded SMTP server received, newest first, and each
 * message with its headers, text and HTML parts (links clickable). Exists in embedded
 * mode only.
 */
@Controller
@Conditional(EmbeddedMailMode.class)
class DevMailController {

	private final GreenMail server;

	DevMailController(GreenMail server) {
		this.server = server;
	}

	@GetMapping("/dev/mail")
	String list(Model model) throws MessagingException, IOException {
		var received = server.getReceivedMessages();
		var mails = new ArrayList<ReceivedMail>();
		for (int i = received.length - 1; i >= 0 && mails.size() < 500; i--) {
			mails.add(ReceivedMail.of(i + 1, received[i]));
		}
		model.addAttribute("mails", mails);
		return "devmail/list";
	}

	@GetMapping("/dev/mail/{number}")
	String show(@PathVariable int number, Model model) throws MessagingException, IOException {
		var received = server.getReceivedMessages();
		if (number < 1 || number > received.length) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "mail.dev.not-found");
		}
		model.addAttribute("mail", ReceivedMail.of(number, received[number - 1]));
		return "devmail/message";
	}

}
