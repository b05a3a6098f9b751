package org.cercle.community;

/**
 * Implemented by every module that keeps data about members, so that a member's export
 * ("download all my data") holds all of it. Each implementation returns plain values
 * (records, lists, maps, strings) that serialise to JSON.
 */
public interface PersonalData {

	/** The name of this part of the export, e.g. {@code comments}. */
	String section();

	/** What this module holds about the member. */
	Object of(MemberId member);

}
