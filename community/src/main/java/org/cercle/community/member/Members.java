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
			    m.status = org.cercle.community.member.Member.Status.DELETED)
			from Member m where m.id in :ids""")
	List<org.cercle.community.MemberSummary> summaries(@Param("ids") java.util.Collection<UUID> ids);

	@Query("select m from Member m where lower(m.handle) = lower(:handle)")
	Optional<Member> findByHandle(@Param("handle") String handle);

	@Query("select m from Member m where lower(m.email) = lower(:email)")
	Optional<Member> findByEmail(@Param("email") String email);

	@Query("select count(m) > 0 from Member m where lower(m.handle) = lower(:handle)")
	boolean handleTaken(@Param("handle") String handle);

	@Query("select count(m) > 0 from Member m where lower(m.email) = lower(:email)")
	boolean emailTaken(@Param("email") String email);

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
		var trimmed = identifier.strip();
		return trimmed.contains("@") ? findByEmail(trimmed) : findByHandle(trimmed);
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
