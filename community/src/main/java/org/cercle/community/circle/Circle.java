package org.cercle.community.circle;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cercle.community.CircleId;
import org.cercle.community.CircleRef;

@Entity
@Table(name = "community_circle")
public class Circle {

	public enum Visibility {

		PUBLIC, PRIVATE

	}

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility;

	@Column(nullable = false)
	private boolean archived;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Circle() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.name = "";
		this.description = "";
		this.visibility = Visibility.PUBLIC;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Circle(String slug, String name, String description, Visibility visibility, Instant now) {
		this();
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.visibility = visibility;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void edit(String newName, String newDescription, Visibility newVisibility, Instant now) {
		name = newName;
		description = newDescription;
		visibility = newVisibility;
		updatedAt = now;
	}

	void archive(boolean archive, Instant now) {
		archived = archive;
		updatedAt = now;
	}

	public Visibility visibility() {
		return visibility;
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

	public String description() {
		return description;
	}

	/** How other modules name this circle. */
	public CircleRef ref() {
		return new CircleRef(new CircleId(id), slug, name, isPrivate());
	}

	public boolean isPrivate() {
		return visibility == Visibility.PRIVATE;
	}

	public boolean archived() {
		return archived;
	}

}
