package org.cercle.community;

import java.util.Locale;

/** Where and how to write to a member: a verified address, their name and language. */
public record Addressee(MemberId id, String displayName, String email, Locale language) {
}
