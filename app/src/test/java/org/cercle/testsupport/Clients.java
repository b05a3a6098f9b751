package org.cercle.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * MockMvc requests from a client address no other request used, so per-address limits
 * start at zero.
 */
public final class Clients {

	private static final AtomicInteger COUNT = new AtomicInteger();

	private Clients() {
	}

	public static RequestPostProcessor newClient() {
		var address = "test-client-" + COUNT.incrementAndGet();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
