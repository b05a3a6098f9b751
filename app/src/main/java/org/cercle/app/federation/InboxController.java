package org.cercle.app.federation;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.app.federation.HttpSignatures.SignatureRefusal;
import org.cercle.shared.web.JsonApi;

/**
 * The inboxes: the shared one ({@code /ap/inbox}), the site's and each author's. A body
 * is read up to {@code cercle.federation.max-body} (413 beyond), must be a JSON activity
 * with an id, a type and an actor (400), signed by that actor (401, see
 * {@link InboxVerification}), from a server and an account not blocked (403), within its
 * domain's rate limit (429). Accepted activities answer 202.
 */
@RestController
@JsonApi
class InboxController {

	private static final Logger log = LoggerFactory.getLogger(InboxController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InboxVerification verification;

	private final InboxActivities activities;

	private final FederationSettings settings;

	InboxController(InboxVerification verification, InboxActivities activities, FederationSettings settings) {
		this.verification = verification;
		this.activities = activities;
		this.settings = settings;
	}

	@PostMapping({ "/ap/inbox", "/ap/site/inbox", "/ap/members/{handle}/inbox" })
	ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
		var body = body(request);
		if (request.getHeader("Signature") == null) {
			// nothing unsigned is even read
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "federation.bad-signature");
		}
		var activity = activity(body);
		var target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		activities.handle(sender(request, target, body, activity), activity);
		return ResponseEntity.accepted().build();
	}

	private RemoteActors.RemoteActor sender(HttpServletRequest request, String target, byte[] body, JsonNode activity) {
		var headers = headers(request);
		try {
			return verification.sender(request.getMethod(), target, headers, body, activity.path("actor").asString());
		}
		catch (SignatureRefusal refusal) {
			log.info("ActivityPub inbox: signature refused ({})", refusal.getMessage());
			log.debug("ActivityPub inbox: refused request to {} with headers {}", target, headers);
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "federation.bad-signature");
		}
		catch (InboxVerification.Blocked blocked) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "federation.blocked");
		}
		catch (InboxVerification.TooMany tooMany) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "federation.too-many");
		}
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		var max = settings.maxBody().toBytes();
		if (request.getContentLengthLong() > max) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "federation.too-large");
		}
		var body = request.getInputStream().readNBytes((int) max + 1);
		if (body.length > max) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "federation.too-large");
		}
		return body;
	}

	private static JsonNode activity(byte[] body) {
		try {
			var activity = JSON.readTree(body);
			if (activity == null || !activity.isObject() || !activity.path("type").isString()
					|| !activity.path("actor").isString() || !activity.path("id").isString()) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "federation.bad-activity");
			}
			return activity;
		}
		catch (JacksonException unreadable) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "federation.bad-activity");
		}
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		var headers = new LinkedHashMap<String, String>();
		for (var name : Collections.list(request.getHeaderNames())) {
			headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", Collections.list(request.getHeaders(name))));
		}
		return headers;
	}

}
