package org.cercle.app.federation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How Cercle talks to other servers ({@code cercle.federation.*}).
 *
 * @param allowPrivateAddresses fetch from and deliver to loopback and private addresses:
 * off by default (a remote document could otherwise make Cercle reach its own network);
 * for local trials and tests only
 * @param maxBody the largest activity accepted in an inbox
 * @param maxDocument the largest remote document read (an actor, a key)
 * @param timeout connecting to and reading from another server, each
 * @param dateWindow how far a signed request's Date may be from now
 * @param perDomainPerMinute activities accepted from one remote domain a minute
 * @param poll how often the delivery worker looks for activities due
 * @param lease how long a claimed delivery is left to its worker
 * @param maxAttempts attempts before a delivery is given up
 * @param retryAfter the first retry's delay, doubled at each attempt up to
 * {@code retryAtMost}
 * @param refreshActors how long a remote actor's document is kept before it is fetched
 * again
 */
@ConfigurationProperties("cercle.federation")
record FederationSettings(boolean allowPrivateAddresses, DataSize maxBody, DataSize maxDocument, Duration timeout,
		Duration dateWindow, int perDomainPerMinute, Duration poll, Duration lease, int maxAttempts,
		Duration retryAfter, Duration retryAtMost, Duration refreshActors) {

	FederationSettings {
		maxBody = maxBody == null ? DataSize.ofKilobytes(256) : maxBody;
		maxDocument = maxDocument == null ? DataSize.ofKilobytes(512) : maxDocument;
		timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
		dateWindow = dateWindow == null ? Duration.ofHours(1) : dateWindow;
		perDomainPerMinute = perDomainPerMinute <= 0 ? 300 : perDomainPerMinute;
		poll = poll == null ? Duration.ofSeconds(1) : poll;
		lease = lease == null ? Duration.ofMinutes(2) : lease;
		maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
		retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
		retryAtMost = retryAtMost == null ? Duration.ofHours(12) : retryAtMost;
		refreshActors = refreshActors == null ? Duration.ofDays(1) : refreshActors;
	}

	/** The delay before attempt {@code attempts + 1}, after {@code attempts} failed. */
	Duration backoff(int attempts) {
		return org.cercle.shared.Backoff.after(attempts, retryAfter, retryAtMost);
	}

}
