package org.cercle.app;

import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs to know about the request being rendered: absolute URLs for
 * canonical links and Open Graph, and the links of the language switch. Templates call it
 * as {@code @site}. It reads the current request, so it also works for error pages.
 */
@Component("site")
public class Site {

	public static final String NAME = "Cercle";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The site's absolute base URL, without trailing slash, as the client reached it. */
	public String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** The base URL for calendar subscriptions: webcal:// instead of http(s)://. */
	public String webcalBaseUrl() {
		return baseUrl().replaceFirst("^https?://", "webcal://");
	}

	/**
	 * The absolute URL of this page: path and meaningful parameters, without the language
	 * switch.
	 */
	public String canonicalUrl() {
		var request = currentRequest();
		var url = ServletUriComponentsBuilder.fromCurrentRequestUri();
		var query = request.getQueryString();
		if (query != null) {
			url.query(query).replaceQueryParam("lang");
		}
		return url.build().toUriString();
	}

	/** This page in another language, as a link relative to the site. */
	public String switchTo(String language) {
		var request = currentRequest();
		var query = request.getQueryString();
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var url = UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path);
		if (query != null) {
			url.query(query);
		}
		return url.replaceQueryParam("lang", language).build().toUriString();
	}

	/** The path of this page, e.g. to mark the current navigation entry. */
	public String path() {
		var request = currentRequest();
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The schema.org description of this page as JSON-LD: a {@code WebPage} of the
	 * {@code WebSite}, escaped so that it can sit inside a script element.
	 */
	public String webPageJsonLd(String title, String description) {
		var site = new LinkedHashMap<String, Object>();
		site.put("@type", "WebSite");
		site.put("name", NAME);
		site.put("url", baseUrl() + "/");
		var page = new LinkedHashMap<String, Object>();
		page.put("@context", "https://schema.org");
		page.put("@type", "WebPage");
		page.put("name", title);
		page.put("description", description);
		page.put("url", canonicalUrl());
		page.put("inLanguage", language());
		page.put("isPartOf", site);
		return JSON.writeValueAsString(page).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/** The language of the page, for {@code <html lang>}. */
	public String language() {
		return LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "fr";
	}

	/** The Open Graph locale, e.g. fr_CH. */
	public String ogLocale() {
		return language().equals("en") ? "en_GB" : "fr_CH";
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
