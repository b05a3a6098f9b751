package org.cercle.community;

import java.util.UUID;

/**
 * Identifies a member. Other modules keep this value, never a reference to the member
 * itself.
 */
public record MemberId(UUID value) {

	public static MemberId of(String value) {
		return new MemberId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
