package org.cercle.community.member;

import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.shared.Pictures;

/**
 * Members' pictures: checked and re-encoded by {@link Pictures}, cropped to their centred
 * square, kept in two small sizes (beside what they wrote, and on their profile), stored
 * in PostgreSQL so that every instance serves them.
 */
@Service
public class Avatars {

	/** Shown at 48 CSS pixels, sharp on screens of twice the density. */
	static final int SMALL = 96;

	/** Shown at 160 CSS pixels on the profile. */
	static final int LARGE = 320;

	private final Members members;

	private final JdbcClient jdbc;

	private final long maxBytes;

	Avatars(Members members, JdbcClient jdbc, @Value("${cercle.avatars.max-bytes:2097152}") long maxBytes) {
		this.members = members;
		this.jdbc = jdbc;
		this.maxBytes = maxBytes;
	}

	/**
	 * Makes the picture the member's avatar.
	 * @throws Pictures.Refused when the file is not a picture the site accepts
	 */
	@Transactional
	public Member change(UUID memberId, byte[] bytes) {
		var member = members.findById(memberId).orElseThrow();
		var decoded = Pictures.decode(bytes, maxBytes);
		var small = Pictures.encode(Pictures.square(decoded.image(), SMALL), decoded.format());
		var large = Pictures.encode(Pictures.square(decoded.image(), LARGE), decoded.format());
		jdbc.sql("""
				insert into community_avatar (member_id, content_type, small, large) values (:id, :type, :small, :large)
				on conflict (member_id) do update set content_type = excluded.content_type, small = excluded.small,
				large = excluded.large""")
			.param("id", memberId)
			.param("type", Pictures.contentType(decoded.format()))
			.param("small", small)
			.param("large", large)
			.update();
		member.changeAvatar();
		return member;
	}

	/** Back to initials. */
	@Transactional
	public Member remove(UUID memberId) {
		var member = members.findById(memberId).orElseThrow();
		jdbc.sql("delete from community_avatar where member_id = :id").param("id", memberId).update();
		member.removeAvatar();
		return member;
	}

	/** A deleted account's picture goes with it, in the same transaction. */
	@org.springframework.context.event.EventListener
	void on(org.cercle.community.MemberDeleted deleted) {
		jdbc.sql("delete from community_avatar where member_id = :id").param("id", deleted.memberId().value()).update();
	}

	/**
	 * The member's picture of that size ({@code small} or {@code large}), if they have
	 * one.
	 */
	@Transactional(readOnly = true)
	public Optional<Picture> picture(UUID memberId, String size) {
		if (!size.equals("small") && !size.equals("large")) {
			return Optional.empty();
		}
		return jdbc
			.sql("""
					select a.content_type, a.%s as bytes from community_avatar a join community_member m on m.id = a.member_id
					where a.member_id = :id and m.avatar_version is not null and m.status <> 'DELETED'"""
				.formatted(size))
			.param("id", memberId)
			.query((row, number) -> new Picture(row.getString("content_type"), row.getBytes("bytes")))
			.optional();
	}

	/** A stored picture and its type. */
	public record Picture(String contentType, byte[] bytes) {
	}

}
