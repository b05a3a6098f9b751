package org.cercle.community.circle;

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
		if (!valid(name, description)) {
			throw new CircleRefused(Kind.INVALID, "community.circle.form-invalid");
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

	public static boolean valid(String name, String description) {
		return !name.isBlank() && name.strip().length() <= NAME_MAX && !description.isBlank()
				&& description.strip().length() <= DESCRIPTION_MAX;
	}

	/** A circle as the edit form shows it. */
	public record CircleForm(String slug, String name, String description, String visibility, boolean archived) {
	}

}
