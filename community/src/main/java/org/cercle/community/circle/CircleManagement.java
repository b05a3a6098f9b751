package org.cercle.community.circle;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberId;
import org.cercle.shared.Refusal.Kind;

/**
 * Moderators and admins edit circles and archive them; an archived circle is read-only.
 * Slugs never change.
 */
@Service
@Transactional
public class CircleManagement {

	static final int NAME_MAX = 100;

	static final int DESCRIPTION_MAX = 2000;

	private final CircleAccess access;

	private final Clock clock;

	private final AuditTrail audit;

	CircleManagement(CircleAccess access, Clock clock, AuditTrail audit) {
		this.access = access;
		this.clock = clock;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public CircleForm form(String slug) {
		var circle = access.circle(slug);
		return new CircleForm(circle.slug(), circle.name(), circle.description(), circle.visibility().name(),
				circle.archived());
	}

	public void edit(String slug, String name, String description, String visibility, UUID moderator) {
		var problem = problem(name, description, visibility);
		if (problem != null) {
			throw new CircleRefused(Kind.INVALID, problem);
		}
		access.circle(slug)
			.edit(name.strip(), description.strip(),
					"PRIVATE".equals(visibility) ? Circle.Visibility.PRIVATE : Circle.Visibility.PUBLIC,
					clock.instant());
		audit.record(new MemberId(moderator), "CIRCLE_EDITED", null, slug);
	}

	public void archive(String slug, boolean archive, UUID moderator) {
		access.circle(slug).archive(archive, clock.instant());
		audit.record(new MemberId(moderator), archive ? "CIRCLE_ARCHIVED" : "CIRCLE_RESTORED", null, slug);
	}

	/**
	 * What is wrong with a circle's form, as a message key, or null. The visibility is
	 * never guessed: a form without it is refused rather than made public.
	 */
	public static @Nullable String problem(String name, String description, String visibility) {
		if (!valid(name, description)) {
			return "community.circle.form-invalid";
		}
		if (!visibility.equals(Circle.Visibility.PUBLIC.name())
				&& !visibility.equals(Circle.Visibility.PRIVATE.name())) {
			return "community.circle.visibility-invalid";
		}
		return null;
	}

	public static boolean valid(String name, String description) {
		return !name.isBlank() && name.strip().length() <= NAME_MAX && !description.isBlank()
				&& description.strip().length() <= DESCRIPTION_MAX;
	}

	/** A circle as the edit form shows it. */
	public record CircleForm(String slug, String name, String description, String visibility, boolean archived) {
	}

}
