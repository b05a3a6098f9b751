package org.cercle.mail.outbox;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How letters are sent ({@code cercle.mail.*}).
 *
 * @param from the sender, e.g. {@code Cercle <no-reply@cercle.example>}; by default
 * {@code Cercle <no-reply@HOST>} with the host of {@code cercle.public-url}
 * @param poll how often a worker looks for letters due (it is also woken at once when a
 * letter is committed on its instance)
 * @param batch letters claimed and sent over one SMTP connection
 * @param lease how long a claimed letter is left to its worker before another may take it
 * @param maxAttempts attempts before a letter is marked failed
 * @param retryAfter the first retry's delay, doubled at each attempt up to
 * {@code retryAtMost}
 * @param keepBodies how long a sent letter's subject, bodies and attachments are kept
 */
@ConfigurationProperties("cercle.mail")
public record MailSettings(@Nullable String from, @Nullable String publicUrl, Duration poll, int batch, Duration lease,
		int maxAttempts, Duration retryAfter, Duration retryAtMost, Duration keepBodies) {

	public MailSettings {
		poll = poll == null ? Duration.ofSeconds(1) : poll;
		batch = batch <= 0 ? 50 : batch;
		lease = lease == null ? Duration.ofMinutes(2) : lease;
		maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
		retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
		retryAtMost = retryAtMost == null ? Duration.ofHours(6) : retryAtMost;
		keepBodies = keepBodies == null ? Duration.ofDays(30) : keepBodies;
	}

	/** The sender's address as the From header shows it. */
	public String sender() {
		return from != null && !from.isBlank() ? from.strip() : "Cercle <no-reply@" + host() + ">";
	}

	/** The host that Message-IDs and the default sender carry. */
	public String host() {
		if (from != null && from.contains("@")) {
			return from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
		}
		if (publicUrl != null && !publicUrl.isBlank()) {
			var host = URI.create(publicUrl.strip()).getHost();
			if (host != null) {
				return host;
			}
		}
		return "localhost";
	}

	/**
	 * The delay before attempt number {@code attempts + 1}, after {@code attempts}
	 * failed.
	 */
	public Duration backoff(int attempts) {
		return org.cercle.shared.Backoff.after(attempts, retryAfter, retryAtMost);
	}

}
