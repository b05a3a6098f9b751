package org.cercle.shared;

/**
 * A rule of the domain said no. Each module names its own refusals
 * ({@code CommentRefused}, {@code RegistrationRefused}...), raised by the aggregate or
 * service that owns the rule; the message key says why in the reader's language, the kind
 * says what sort of no it is, which the web layer turns into an HTTP status. Refusals
 * carry no stack trace: they are expected answers, not faults.
 */
public abstract class Refusal extends RuntimeException {

	/** What sort of refusal it is, in the domain's terms. */
	public enum Kind {

		/** What was asked for does not exist, or is not visible to the asker. */
		NOT_FOUND,
		/** The input breaks a rule (empty, too long, malformed). */
		INVALID,
		/** The asker may not do this. */
		NOT_ALLOWED,
		/** The thing's current state forbids it (closed, full, already done). */
		CONFLICT,
		/** The thing was there and is gone for good. */
		GONE,
		/** The asker did this too often; later it will work again. */
		TOO_MANY

	}

	private final Kind kind;

	private final String messageKey;

	private final Object[] arguments;

	protected Refusal(Kind kind, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public Kind kind() {
		return this.kind;
	}

	/** The message key that explains the refusal, e.g. {@code feed.comment.closed}. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The values the message shows, e.g. a count. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
