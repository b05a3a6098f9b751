package org.cercle.app.presentation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French first, English second: a reader's explicit choice ({@code ?lang=en}, remembered
 * in a cookie) wins, then the browser's Accept-Language among the supported languages,
 * then French.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	public static final String COOKIE = "cercle_lang";

	/**
	 * The supported language a browser asks for, French when it asks for none of them.
	 */
	public static Locale fromAcceptLanguage(@org.jspecify.annotations.Nullable String accepted) {
		if (accepted == null || accepted.isBlank()) {
			return Locale.FRENCH;
		}
		try {
			var best = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
			return best != null ? best : Locale.FRENCH;
		}
		catch (IllegalArgumentException malformedHeader) {
			return Locale.FRENCH;
		}
	}

	/**
	 * The language cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came
	 * over https (one resolver per case, so that no shared setting changes between
	 * requests).
	 */
	@Bean
	LocaleResolver localeResolver() {
		var plain = resolver(false);
		var secure = resolver(true);
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				return plain.resolveLocale(request);
			}

			@Override
			public void setLocale(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.@org.jspecify.annotations.Nullable HttpServletResponse response,
					@org.jspecify.annotations.Nullable Locale locale) {
				(request.isSecure() ? secure : plain).setLocale(request, response, locale);
			}
		};
	}

	private static CookieLocaleResolver resolver(boolean secure) {
		var resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(secure);
		resolver.setDefaultLocaleFunction(request -> fromAcceptLanguage(request.getHeader("Accept-Language")));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new SupportedLocaleChange();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Accepts only the supported languages; anything else falls back to the browser's
	 * choice.
	 */
	static class SupportedLocaleChange extends LocaleChangeInterceptor {

		@Override
		protected @org.jspecify.annotations.Nullable Locale parseLocaleValue(String localeValue) {
			var locale = super.parseLocaleValue(localeValue);
			return locale != null && SUPPORTED.contains(new Locale(locale.getLanguage()))
					? new Locale(locale.getLanguage()) : null;
		}

	}

}
