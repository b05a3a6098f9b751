package org.cercle.community.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import java.util.Collection;

public interface Members extends JpaRepository<Member, UUID> {

	/**
	 * What other modules may show of these members, in one query and without loading
	 * their roles.
	 */
	@Query("""
			select new org.cercle.community.MemberSummary(new org.cercle.community.MemberId(m.id), m.handle, m.displayName,
			    m.status = org.cercle.community.member.Member.Status.DELETED,
			    case when m.avatarVersion is null or m.status = org.cercle.community.member.Member.Status.DELETED then null
			    else concat('/avatars/', cast(m.id as String), '/small?v=', cast(m.avatarVersion as String)) end)
			from Member m where m.id in :ids""")
	List<org.cercle.community.MemberSummary> summaries(@Param("ids") java.util.Collection<UUID> ids);

	/** Handles are stored as their key (lower-case ASCII letters, digits, - and _). */
	@Query("select m from Member m where m.handle = :key")
	Optional<Member> findByHandleKey(@Param("key") String key);

	@Query("select m from Member m where m.emailKey = :key")
	Optional<Member> findByEmailKey(@Param("key") String key);

	default Optional<Member> findByHandle(String handle) {
		return findByHandleKey(Identifiers.key(handle));
	}

	default Optional<Member> findByEmail(String email) {
		return findByEmailKey(Identifiers.key(email));
	}

	@Query("select count(m) > 0 from Member m where m.handle = :key")
	boolean handleKeyTaken(@Param("key") String key);

	@Query("select count(m) > 0 from Member m where m.emailKey = :key")
	boolean emailKeyTaken(@Param("key") String key);

	default boolean handleTaken(String handle) {
		return handleKeyTaken(Identifiers.key(handle));
	}

	default boolean emailTaken(String email) {
		return emailKeyTaken(Identifiers.key(email));
	}

	@Query("""
			select m.handle from Member m where m.handle in :handles
			and m.status <> org.cercle.community.member.Member.Status.DELETED""")
	List<String> knownHandles(@Param("handles") Collection<String> handles);

	@Query("""
			select m.id from Member m where m.status = org.cercle.community.member.Member.Status.ACTIVE
			and m.emailVerifiedAt is not null and m.email is not null""")
	List<UUID> reachable();

	@Query("select count(m) > 0 from Member m where m.id = :id and m.emailVerifiedAt is not null")
	boolean isVerified(@Param("id") UUID id);

	/** The member who signs in with that identifier: an email or a handle. */
	default Optional<Member> findBySignInIdentifier(String identifier) {
		var key = Identifiers.key(identifier);
		return key.contains("@") ? findByEmailKey(key) : findByHandleKey(key);
	}

	@Query("""
			select m from Member m where m.status <> org.cercle.community.member.Member.Status.DELETED
			and (:query = '' or lower(m.handle) like lower(concat('%', :query, '%'))
			     or lower(m.displayName) like lower(concat('%', :query, '%'))
			     or lower(m.email) like lower(concat('%', :query, '%')))
			order by m.createdAt desc""")
	List<Member> search(@Param("query") String query, Limit limit);

	@Query("select count(m) > 0 from Member m join m.roles r where r = org.cercle.community.Role.ADMIN")
	boolean anyAdmin();

}
