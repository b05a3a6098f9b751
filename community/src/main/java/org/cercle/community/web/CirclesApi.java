package org.cercle.community.web;

import java.time.Instant;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import org.cercle.community.circle.CircleDirectory;
import org.cercle.shared.web.ApiPage;
import org.cercle.shared.web.JsonApi;
import org.cercle.shared.web.PublicAddress;

/**
 * The read-only JSON API of circles: public circles only (a private one's existence is
 * for its members), by slug, fifty a page.
 */
@RestController
@JsonApi
class CirclesApi {

	static final int PAGE = 50;

	private final CircleDirectory circles;

	private final PublicAddress address;

	CirclesApi(CircleDirectory circles, PublicAddress address) {
		this.circles = circles;
		this.address = address;
	}

	@GetMapping("/api/v1/circles")
	ApiPage<CircleJson> circles(@RequestParam(required = false) @Nullable String apres) {
		var after = apres == null ? "" : apres;
		var found = circles.directory()
			.stream()
			.filter(circle -> !circle.privateCircle() && circle.slug().compareTo(after) > 0)
			.sorted(Comparator.comparing(circle -> circle.slug()))
			.limit(PAGE + 1)
			.toList();
		var shown = found.size() > PAGE ? found.subList(0, PAGE) : found;
		var next = found.size() > PAGE ? UriComponentsBuilder.fromUriString(address.base() + "/api/v1/circles")
			.queryParam("apres", shown.get(shown.size() - 1).slug())
			.encode()
			.toUriString() : null;
		return new ApiPage<>(shown.stream()
			.map(circle -> new CircleJson(circle.slug(), circle.name(), circle.description(),
					address.base() + "/circles/" + circle.slug(), circle.memberCount(), circle.latestActivity()))
			.toList(), next);
	}

	/** A public circle, its members counted and its latest activity. */
	record CircleJson(String slug, String name, String description, String url, long members,
			@Nullable Instant latestActivity) {
	}

}
