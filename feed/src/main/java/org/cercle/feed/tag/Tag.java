package org.cercle.feed.tag;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cercle.shared.Slugs;

@Entity
@Table(name = "feed_tag")
public class Tag {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	protected Tag() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.name = "";
	}

	public Tag(String name) {
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.slug = Slugs.of(this.name);
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public String name() {
		return name;
	}

	public TagView view() {
		return new TagView(slug, name);
	}

}
