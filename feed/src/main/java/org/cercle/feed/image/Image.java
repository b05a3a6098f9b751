package org.cercle.feed.image;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded image, checked and re-encoded, kept in PostgreSQL so that every instance
 * serves it.
 */
@Entity
@Table(name = "feed_image")
public class Image {

	@Id
	private UUID id;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] bytes;

	private @Nullable Integer width;

	private @Nullable Integer height;

	@Column(name = "uploaded_by", nullable = false)
	private UUID uploadedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	private @Nullable String alt;

	private @Nullable String caption;

	private @Nullable String credit;

	@Column(name = "in_library", nullable = false)
	private boolean inLibrary;

	@jakarta.persistence.Transient
	private final List<Variant> variants = new ArrayList<>();

	protected Image() {
		this.id = UUID.randomUUID();
		this.contentType = "";
		this.bytes = new byte[0];
		this.uploadedBy = id;
		this.createdAt = Instant.EPOCH;
	}

	Image(String contentType, byte[] bytes, @Nullable Integer width, @Nullable Integer height, UUID uploadedBy,
			Instant now) {
		this();
		this.contentType = contentType;
		this.bytes = bytes;
		this.width = width;
		this.height = height;
		this.uploadedBy = uploadedBy;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	void addVariant(Variant variant) {
		variants.add(variant);
	}

	/** The narrower copies made on upload (only until it is stored). */
	List<Variant> variants() {
		return List.copyOf(variants);
	}

	/** Keeps the image in its uploader's library, with how it is described. */
	void describe(String alt, @Nullable String caption, @Nullable String credit) {
		this.inLibrary = true;
		this.alt = alt;
		this.caption = caption;
		this.credit = credit;
	}

	public String contentType() {
		return contentType;
	}

	public byte[] bytes() {
		return bytes;
	}

	/** A narrower copy of an image, for {@code srcset}. */
	record Variant(int width, int height, String contentType, byte[] bytes) {
	}

}
