package org.cercle.app.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A cryptographically strong generator whose bytes come from a generator of the calling
 * thread's own (the JDK's DRBG, NIST SP 800-90A, seeded by the system on first use), so
 * that threads drawing at once never wait for each other. Linux's default
 * {@code NativePRNG} serves every instance behind the same two locks.
 */
final class PerThreadSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

	@Override
	public void nextBytes(byte[] bytes) {
		OWN.get().nextBytes(bytes);
	}

	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException absent) {
			return new SecureRandom();
		}
	}

}
