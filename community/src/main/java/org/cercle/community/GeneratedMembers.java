package org.cercle.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Identities of the members the volume generator creates (profile {@code generate}), so that the
 * other modules' generators can give them comments and registrations without reading the
 * community's tables. The same rule is written in SQL as {@code md5('cercle-volume-member-' || n)::uuid}.
 */
public final class GeneratedMembers {

	private GeneratedMembers() {
	}

	/** The id of generated member number {@code n} (1-based). */
	public static UUID id(long n) {
		try {
			var digest = MessageDigest.getInstance("MD5").digest(("cercle-volume-member-" + n).getBytes(StandardCharsets.UTF_8));
			var hex = HexFormat.of().formatHex(digest);
			return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
					+ hex.substring(16, 20) + "-" + hex.substring(20));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** SQL for the id of generated member number {@code expression}. */
	public static String idSql(String expression) {
		return "md5('cercle-volume-member-' || (" + expression + "))::uuid";
	}

}
