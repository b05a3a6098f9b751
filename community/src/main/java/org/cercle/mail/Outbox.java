package org.cercle.mail;

/**
 * Where letters wait to be sent. {@link #queue} writes the letter in the caller's
 * transaction, so a letter exists exactly when its cause was committed; a worker sends it
 * afterwards, never inside the request.
 */
public interface Outbox {

	/**
	 * Queues the letter in the current transaction (there must be one).
	 * @return the letter's Message-ID, generated once and kept through retries
	 */
	String queue(Letter letter);

}
