package org.cercle.app.pages;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cercle.app.Site;

@RestController
class RobotsController {

	private final Site site;

	RobotsController(Site site) {
		this.site = site;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		var body = """
				User-agent: *
				Disallow: /manage/
				Disallow: /account
				Disallow: /login
				Disallow: /register
				Disallow: /search

				Sitemap: %s/sitemap.xml
				""".formatted(site.baseUrl());
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(body);
	}

}
