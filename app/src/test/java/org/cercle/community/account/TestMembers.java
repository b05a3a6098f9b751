package org.cercle.community.account;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.community.Role;

/**
 * Creates members for tests, each with a unique handle, and the principal a signed-in one
 * has.
 */
@Component
public class TestMembers {

	public static final String PASSWORD = "une longue phrase de passe";

	private final Members members;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile String encodedPassword;

	TestMembers(Members members, PasswordEncoder passwords, TransactionTemplate transactions, Clock clock) {
		this.members = members;
		this.passwords = passwords;
		this.transactions = org.cercle.testsupport.AppTransactions.of(transactions, TestMembers.class);
		this.clock = clock;
	}

	/**
	 * A new active member whose handle starts with the prefix, holding the given roles.
	 */
	public Member create(String prefix, Role... roles) {
		var handle = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
		return transactions.execute(status -> {
			var member = new Member(handle, "Test " + prefix, handle + "@exemple.ch", encodedPassword(),
					clock.instant());
			for (var role : roles) {
				member.grant(role);
			}
			member.verifyEmail(clock.instant());
			return members.save(member);
		});
	}

	/** A new member who has not yet followed the link sent to their address. */
	public Member unverified(String prefix) {
		var handle = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
		return transactions.execute(status -> members
			.save(new Member(handle, "Test " + prefix, handle + "@exemple.ch", encodedPassword(), clock.instant())));
	}

	/**
	 * Encoding is slow on purpose; every test member shares the one hash of the shared
	 * password.
	 */
	private String encodedPassword() {
		if (encodedPassword == null) {
			encodedPassword = passwords.encode(PASSWORD);
		}
		return encodedPassword;
	}

	public Member byHandle(String handle) {
		return members.findByHandle(handle).orElseThrow();
	}

	public Member reload(Member member) {
		return members.findById(member.id()).orElseThrow();
	}

	/** The principal of a signed-in member, for MockMvc's user(…). */
	public static UserDetails principal(Member member) {
		return new SignedInMember(member);
	}

}
