package org.cercle.community;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two traps for bots on the registration and comment forms, no third party involved: a
 * field people never see (« site_web », which must stay empty) and the signed time the
 * form was shown (« depuis »): sent sooner than {@code cercle.forms.min-fill-time} (3 s)
 * or without it, the form is refused. The key is kept in PostgreSQL, so any instance
 * checks what another one signed.
 */
@Component
public class FormTimer {

	/** The field people never see. */
	public static final String HONEYPOT = "site_web";

	/** The field carrying the signed time the form was shown. */
	public static final String SHOWN_AT = "depuis";

	static final Duration VALID_FOR = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration minimum;

	private byte @Nullable [] key;

	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	FormTimer(JdbcClient jdbc, Clock clock, @Value("${cercle.forms.min-fill-time:PT3S}") Duration minimum) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.minimum = minimum;
	}

	/** The value of the form's « depuis » field: now, signed. */
	public String stamp() {
		var millis = Long.toString(clock.millis());
		return millis + "." + sign(millis);
	}

	/**
	 * Refuses a form a bot sent: the hidden field filled, the time missing, forged, too
	 * recent or too old.
	 */
	public void check(@Nullable String honeypot, @Nullable String shownAt) {
		if (honeypot != null && !honeypot.isEmpty()) {
			throw new SpamRefused("community.spam.form-refused");
		}
		if (shownAt == null || !shownAt.matches("\\d{1,15}\\.[A-Za-z0-9_-]{43}")) {
			throw new SpamRefused("community.spam.form-refused");
		}
		var millis = shownAt.substring(0, shownAt.indexOf('.'));
		if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
				shownAt.substring(shownAt.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII))) {
			throw new SpamRefused("community.spam.form-refused");
		}
		var age = Duration.ofMillis(clock.millis() - Long.parseLong(millis));
		if (age.compareTo(minimum) < 0) {
			throw new SpamRefused("community.spam.form-too-fast");
		}
		if (age.compareTo(VALID_FOR) > 0) {
			throw new SpamRefused("community.spam.form-expired");
		}
	}

	private String sign(String payload) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(macs.get().doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A signer per thread, made once: looking the algorithm up and setting its key cost
	 * more than signing (every signed-in page with a form signs its time).
	 */
	private Mac newMac() {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private byte[] key() {
		var known = key;
		if (known == null) {
			var fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			jdbc.sql("insert into community_form_key (id, secret) values (1, :secret) on conflict (id) do nothing")
				.param("secret", Base64.getEncoder().encodeToString(fresh))
				.update();
			known = Base64.getDecoder()
				.decode(jdbc.sql("select secret from community_form_key where id = 1").query(String.class).single());
			key = known;
		}
		return known;
	}

}
