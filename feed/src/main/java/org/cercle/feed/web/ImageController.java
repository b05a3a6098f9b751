package org.cercle.feed.web;

import java.time.Duration;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.feed.image.Images;

/**
 * Serves stored images with their checked content type; an image never changes, so it is
 * cached for a year.
 */
@Controller
class ImageController {

	private final Images images;

	private final JdbcClient jdbc;

	ImageController(Images images, JdbcClient jdbc) {
		this.images = images;
		this.jdbc = jdbc;
	}

	@GetMapping("/images/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> image(@PathVariable UUID id) {
		var image = images.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.cover.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag(id.toString())
			.body(image.bytes());
	}

	/** A narrower copy made on upload, for {@code srcset}. */
	@GetMapping("/images/{id}/{width}")
	ResponseEntity<byte[]> variant(@PathVariable UUID id, @PathVariable int width) {
		return jdbc.sql("select content_type, bytes from feed_image_variant where image_id = :id and width = :width")
			.param("id", id)
			.param("width", width)
			.query((row, number) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(row.getString("content_type")))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.eTag(id + "-" + width)
				.body(row.getBytes("bytes")))
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.cover.not-found"));
	}

}
