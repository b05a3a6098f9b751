package org.cercle.app.devmail;

import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Starts an SMTP server inside the application, on a free local port, and sends every
 * letter to it over SMTP, so the real sending path always runs; {@code /dev/mail} shows
 * what it got.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMailMode.class)
class EmbeddedMailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

	@Bean(destroyMethod = "stop")
	GreenMail embeddedMailServer() {
		var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		log.info("Embedded SMTP server on 127.0.0.1:{}; letters are shown at /dev/mail", server.getSmtp().getPort());
		return server;
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail embeddedMailServer) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(embeddedMailServer.getSmtp().getPort());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
		return sender;
	}

}
