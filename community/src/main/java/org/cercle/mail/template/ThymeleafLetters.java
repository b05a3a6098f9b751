package org.cercle.mail.template;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.cercle.mail.Letter;
import org.cercle.mail.Letters;

/**
 * Renders letters with a template engine of their own (the pages' engine is left as Boot
 * made it): {@code templates/<name>.html} in HTML mode and {@code templates/<name>.txt}
 * in text mode, with the application's messages for {@code #{...}}.
 */
@Component
class ThymeleafLetters implements Letters {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	ThymeleafLetters(MessageSource messages) {
		this.messages = messages;
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	@Override
	public Letter.Rendered render(String template, Locale locale, String subjectKey, Object[] subjectArguments,
			Map<String, Object> variables) {
		var context = new Context(locale, new HashMap<>(variables));
		var subject = messages.getMessage(subjectKey, subjectArguments, locale);
		context.setVariable("subject", subject);
		var html = engine.process(template + ".html", context);
		var text = engine.process(template + ".txt", context);
		return new Letter.Rendered(subject, text, html);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		return resolver;
	}

}
