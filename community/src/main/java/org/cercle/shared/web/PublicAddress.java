package org.cercle.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address links in e-mails and feeds start with: {@code cercle.public-url} when it is
 * configured, else the address of the current request (as the proxy forwarded it).
 */
@Component
public class PublicAddress {

	private final String configured;

	PublicAddress(@Value("${cercle.public-url:}") String configured) {
		this.configured = configured.strip().replaceAll("/+$", "");
	}

	/** E.g. {@code https://cercle.example}, without a trailing slash. */
	public String base() {
		if (!configured.isEmpty()) {
			return configured;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
