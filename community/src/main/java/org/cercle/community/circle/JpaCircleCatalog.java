package org.cercle.community.circle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleCatalog;
import org.cercle.community.CircleId;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.cercle.community.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;

@Service
@Transactional(readOnly = true)
class JpaCircleCatalog implements CircleCatalog {

	private final Circles circles;

	private final JdbcClient jdbc;

	JpaCircleCatalog(Circles circles, JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	@Override
	public Set<CircleId> readableBy(MemberId member, Collection<CircleId> wanted) {
		if (wanted.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("""
				select c.id from community_circle c where c.id = any(:ids) and (c.visibility = 'PUBLIC' or exists (
				    select 1 from community_circle_membership m
				    where m.circle_id = c.id and m.member_id = :member and m.state = 'ACTIVE'))""")
			.param("ids", wanted.stream().map(CircleId::value).toArray(UUID[]::new))
			.param("member", member.value())
			.query(UUID.class)
			.stream()
			.map(CircleId::new)
			.collect(Collectors.toSet());
	}

	@Override
	public List<ActiveDiscussion> activeDiscussions(MemberId member, java.time.Instant since, int max) {
		return jdbc
			.sql("""
					select d.id, d.title, d.last_post_at, c.slug, c.name
					from community_discussion d
					join community_circle c on c.id = d.circle_id
					join community_circle_membership m on m.circle_id = c.id and m.member_id = :member and m.state = 'ACTIVE'
					where d.last_post_at > :since and not c.archived and not d.deleted and not d.held
					order by d.last_post_at desc limit :max""")
			.param("member", member.value())
			.param("since", java.sql.Timestamp.from(since))
			.param("max", max)
			.query((rs, row) -> new ActiveDiscussion(rs.getString("title"),
					"/circles/" + rs.getString("slug") + "/discussions/" + rs.getObject("id", UUID.class),
					rs.getString("name"), rs.getTimestamp("last_post_at").toInstant()))
			.list();
	}

	@Override
	public Set<MemberId> members(CircleId circle) {
		return jdbc
			.sql("select member_id from community_circle_membership where circle_id = :circle and state = 'ACTIVE'")
			.param("circle", circle.value())
			.query(UUID.class)
			.stream()
			.map(MemberId::new)
			.collect(Collectors.toSet());
	}

	private static CircleRef ref(Circle circle) {
		return new CircleRef(new CircleId(circle.id()), circle.slug(), circle.name(), circle.isPrivate());
	}

}
