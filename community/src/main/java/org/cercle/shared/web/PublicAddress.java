package org.cercle.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address links in e-mails and feeds start with: {@code cercle.public-url} when it is
 * configured, else the address of the current request (as the proxy forwarded it). Work
 * done outside a request (a worker writing a notification) uses the last address a
 * request had, so production sites should configure {@code cercle.public-url}.
 */
@Component
public class PublicAddress {

	private final String configured;

	private volatile String lastSeen;

	PublicAddress(@Value("${cercle.public-url:}") String configured, @Value("${server.port:8080}") String port) {
		this.configured = configured.strip().replaceAll("/+$", "");
		this.lastSeen = "http://localhost:" + ("0".equals(port) ? "8080" : port);
	}

	/** E.g. {@code https://cercle.example}, without a trailing slash. */
	public String base() {
		if (!configured.isEmpty()) {
			return configured;
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			return lastSeen;
		}
		var current = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		lastSeen = current;
		return current;
	}

}
