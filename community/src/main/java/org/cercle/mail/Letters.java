package org.cercle.mail;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a letter from two templates, {@code templates/<name>.html} and
 * {@code templates/<name>.txt}, in the reader's language; the subject is a message key.
 */
public interface Letters {

	/**
	 * @param variables what the templates show; {@code baseUrl} is added when absent, so
	 * that every link is absolute
	 */
	Letter.Rendered render(String template, Locale locale, String subjectKey, Object[] subjectArguments,
			Map<String, Object> variables);

}
