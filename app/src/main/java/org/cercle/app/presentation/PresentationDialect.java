package org.cercle.app.presentation;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes French presentation available to every template as expression objects,
 * {@code #typography} and {@code #time}, which, unlike bean references, are also allowed
 * where Thymeleaf restricts expressions (fragment parameters, unescaped text).
 */
@Component
class PresentationDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Typography typography;

	private final Dates dates;

	PresentationDialect(Typography typography, Dates dates) {
		super("cercle");
		this.typography = typography;
		this.dates = dates;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("typography", "time");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return "typography".equals(name) ? typography : dates;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
