package org.cercle.community;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;

/**
 * Looks members up for the other modules. Lookups are read-only and never expose the
 * member aggregate itself.
 */
public interface MemberDirectory {

	/**
	 * Returns the summaries of the given members in one query. Unknown ids are simply
	 * absent from the result, so callers show a neutral name for them (e.g. a deleted
	 * member).
	 */
	Map<MemberId, MemberSummary> findAll(Collection<MemberId> ids);

	/** Finds a member by id. */
	Optional<MemberSummary> findById(MemberId id);

	/**
	 * Refuses with {@link UnverifiedAddress} when the member has not verified their
	 * address: only verified members take part (comments, discussions, registrations,
	 * join requests).
	 */
	void requireVerified(MemberId id);

	/**
	 * How to write to these members, in one query: only active members with a verified
	 * address are in the result.
	 */
	Map<MemberId, Addressee> addressees(Collection<MemberId> ids);

	/** Of these handles (lower case), those that belong to a member, in one query. */
	Set<String> knownHandles(Collection<String> handles);

	/**
	 * Every active member with a verified address (for letters sent to all, such as
	 * digests).
	 */
	List<MemberId> reachable();

	/** Finds a member by handle, ignoring case. */
	Optional<MemberSummary> findByHandle(String handle);

}
