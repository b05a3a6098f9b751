package org.cercle.shared.web;

import org.springframework.http.HttpStatus;

import org.cercle.shared.Refusal;

/** The HTTP status that tells a client what sort of refusal it met. */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal refusal) {
		return switch (refusal.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case GONE -> HttpStatus.GONE;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
		};
	}

}
