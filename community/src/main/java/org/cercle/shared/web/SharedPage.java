package org.cercle.shared.web;

import java.util.UUID;

import org.springframework.ui.Model;

/**
 * A page a signed-in member sees as every other member does, but for the parts that are
 * theirs by construction: their name and notification count in the header, their CSRF
 * token in each form, the time each form was shown. A controller that knows its page is
 * such a page {@linkplain #share declares it}, with the shape of what else it shows the
 * member (e.g. "registered, confirmed"), and the application renders it once per content
 * generation, language, set of roles and shape, with the placeholders below where the
 * member's own values go, and fills them for each request.
 *
 * <p>
 * Pages that show anything else of the viewer's (a follow button, their own comments,
 * their registration) must put it in the shape, or not declare themselves shared.
 */
public final class SharedPage {

	/** The model attribute that holds the declared shape. */
	public static final String MODEL_ATTRIBUTE = "sharedPageShape";

	/**
	 * Where a form's CSRF token goes. Random for each start, so that no text written by a
	 * member can hold it.
	 */
	public static final String CSRF_PLACEHOLDER = "csrf-" + UUID.randomUUID();

	/** Where the time a form was shown (its signed stamp) goes. */
	public static final String STAMP_PLACEHOLDER = "0." + UUID.randomUUID();

	private SharedPage() {
	}

	/**
	 * Declares the page shared among the signed-in members for whom the controller
	 * computed the same {@code shape}.
	 */
	public static void share(Model model, String shape) {
		model.addAttribute(MODEL_ATTRIBUTE, shape);
	}

}
