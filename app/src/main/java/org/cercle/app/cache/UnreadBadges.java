package org.cercle.app.cache;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The header's unread count ({@code fragments/unread :: badge}) for a shared page,
 * rendered once per language and count (the small counts; a larger one each time).
 */
class UnreadBadges {

	private static final long KEPT_UP_TO = 99;

	private final ITemplateEngine templates;

	private final ConcurrentMap<String, String> rendered = new ConcurrentHashMap<>();

	UnreadBadges(ITemplateEngine templates) {
		this.templates = templates;
	}

	String badge(Locale locale, long count) {
		if (count <= 0) {
			return "";
		}
		if (count > KEPT_UP_TO) {
			return render(locale, count);
		}
		return rendered.computeIfAbsent(locale.getLanguage() + ":" + count, key -> render(locale, count));
	}

	private String render(Locale locale, long count) {
		var context = new Context(locale);
		context.setVariable("count", count);
		return templates.process("fragments/unread", Set.of("badge"), context);
	}

}
