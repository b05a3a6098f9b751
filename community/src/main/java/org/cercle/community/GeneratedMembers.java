package org.cercle.community;

/**
 * Identities of the members the volume generator creates (profile {@code generate}), so
 * that the other modules' generators can give them comments and registrations without
 * reading the community's tables: member number n has the id
 * {@code md5('cercle-volume-member-' || n)::uuid}.
 */
public final class GeneratedMembers {

	private GeneratedMembers() {
	}

	/** SQL for the id of generated member number {@code expression}. */
	public static String idSql(String expression) {
		return "md5('cercle-volume-member-' || (" + expression + "))::uuid";
	}

}
