package org.cercle.community.member;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.Avatar;

/**
 * The member directory ({@code /members}): active members who chose to be listed, by
 * name, searched by name or organisation (accents and case ignored), filtered by a public
 * circle or a role (authors, organisers), a page after another by keyset (name, id).
 */
@Service
@Transactional(readOnly = true)
public class ListedMembers {

	/** The roles the directory filters by. */
	public static final List<String> ROLES = List.of("AUTHOR", "ORGANISER");

	private final JdbcClient jdbc;

	ListedMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of listed members, after the cursor's one (from the start without). */
	public Page page(Filter filter, @Nullable Cursor after, int size) {
		var rows = jdbc
			.sql("""
					select m.id, m.handle, m.display_name, lower(m.display_name) as sort_name, m.organisation, m.avatar_version
					from community_member m
					where m.listed and m.status = 'ACTIVE'
					  and (:q = '' or unaccent(lower(m.display_name || ' ' || coalesce(m.organisation, '')))
					      like '%' || unaccent(lower(:q)) || '%' escape '\\')
					  and (:circle = '' or exists (select 1 from community_circle_membership cm
					      join community_circle c on c.id = cm.circle_id
					      where cm.member_id = m.id and cm.state = 'ACTIVE' and c.slug = :circle
					      and c.visibility = 'PUBLIC' and not c.archived))
					  and (:role = '' or exists (select 1 from community_member_role r
					      where r.member_id = m.id and r.role = :role))
					  and (:afterName is null or (lower(m.display_name), m.id) > (:afterName, :afterId))
					order by lower(m.display_name), m.id limit :limit""")
			.param("q", filter.likePattern())
			.param("circle", filter.circle())
			.param("role", filter.role())
			.param("afterName", after == null ? null : after.name(), java.sql.Types.VARCHAR)
			.param("afterId", after == null ? new UUID(0, 0) : after.id())
			.param("limit", size + 1)
			.query((row, number) -> new Listed(row.getString("handle"), row.getString("display_name"),
					row.getString("organisation"),
					new Avatar(row.getString("display_name"),
							row.getObject("avatar_version") == null ? null
									: "/avatars/" + row.getObject("id", UUID.class) + "/small?v="
											+ row.getInt("avatar_version")),
					new Cursor(row.getString("sort_name"), row.getObject("id", UUID.class))))
			.list();
		var shown = rows.size() > size ? rows.subList(0, size) : rows;
		return new Page(shown, rows.size() > size ? shown.get(shown.size() - 1).cursor() : null);
	}

	/** The public circles someone listed belongs to, to filter by: slug and name. */
	public List<String[]> circles() {
		return jdbc.sql("""
				select distinct c.slug, c.name from community_circle c
				join community_circle_membership cm on cm.circle_id = c.id and cm.state = 'ACTIVE'
				join community_member m on m.id = cm.member_id and m.listed and m.status = 'ACTIVE'
				where c.visibility = 'PUBLIC' and not c.archived order by c.name""")
			.query((row, number) -> new String[] { row.getString("slug"), row.getString("name") })
			.list();
	}

	/**
	 * What the reader asked: words of a name or organisation, a circle's slug, a role
	 * (each empty for none).
	 */
	public record Filter(String q, String circle, String role) {

		public Filter {
			q = q.strip();
			circle = circle.strip();
			role = ROLES.contains(role) ? role : "";
		}

		String likePattern() {
			return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

	/** Where a page ends: the last member's name (lower case) and id. */
	public record Cursor(String name, UUID id) {

		/** The cursor as the « suivants » link carries it. */
		public String token() {
			return id + "~" + name;
		}

		/** The cursor of a link, or {@code null} when it is absent or malformed. */
		public static @Nullable Cursor parse(@Nullable String token) {
			if (token == null || token.length() < 38 || token.charAt(36) != '~') {
				return null;
			}
			try {
				return new Cursor(token.substring(37), UUID.fromString(token.substring(0, 36)));
			}
			catch (IllegalArgumentException malformed) {
				return null;
			}
		}

	}

	/** A listed member: where their profile is, their name, organisation and picture. */
	public record Listed(String handle, String displayName, @Nullable String organisation, Avatar avatar,
			Cursor cursor) {
	}

	/** Members of a page, and the cursor of the next one ({@code null} on the last). */
	public record Page(List<Listed> members, @Nullable Cursor next) {
	}

}
