package org.cercle.community.member;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way an identifier (handle or e-mail address) is compared: compatibility
 * normalisation (NFKC: full-width letters and ligatures become plain ones), then one case
 * folding (upper then lower case: {@code ß} and {@code SS} meet, as do {@code ǅ} and
 * {@code ǆ}), then NFKC again. It is computed in Java only and stored, so that lookups,
 * uniqueness and sign-in limits never disagree with the database's own {@code lower()}.
 */
public final class Identifiers {

	private Identifiers() {
	}

	/** The key two identifiers share exactly when they name the same account. */
	public static String key(String identifier) {
		var compatible = Normalizer.normalize(identifier.strip(), Normalizer.Form.NFKC);
		var folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		return Normalizer.normalize(folded, Normalizer.Form.NFKC);
	}

}
