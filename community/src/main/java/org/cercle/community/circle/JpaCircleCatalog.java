package org.cercle.community.circle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleCatalog;
import org.cercle.community.CircleId;

@Service
@Transactional(readOnly = true)
class JpaCircleCatalog implements CircleCatalog {

	private final Circles circles;

	JpaCircleCatalog(Circles circles) {
		this.circles = circles;
	}

	@Override
	public List<CircleRef> all() {
		return circles.directory().stream().map(JpaCircleCatalog::ref).toList();
	}

	@Override
	public Optional<CircleRef> findById(CircleId id) {
		return circles.findById(id.value()).map(JpaCircleCatalog::ref);
	}

	private static CircleRef ref(Circle circle) {
		return new CircleRef(new CircleId(circle.id()), circle.slug(), circle.name(), circle.isPrivate());
	}

}
