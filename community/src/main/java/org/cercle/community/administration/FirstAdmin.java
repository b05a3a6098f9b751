package org.cercle.community.administration;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.community.Role;

/**
 * The first admin of a real deployment: while nobody holds the admin role and
 * {@code cercle.admin.email} is set, the member with that email becomes admin, or, if
 * there is none, an account {@code admin} is created with a one-time password printed
 * once in the log.
 */
@Component
@Order(5)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Members members;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final String email;

	private final JdbcClient jdbc;

	FirstAdmin(Members members, PasswordEncoder passwords, AuditLog audit, Clock clock,
			@Value("${cercle.admin.email:}") String email, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.members = members;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.email = email.strip();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (email.isEmpty()) {
			return;
		}
		// instances started together on an empty database take turns: the second sees
		// the first's admin
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('cercle.first-admin', 0))")
			.query((rs, row) -> 1)
			.list();
		if (members.anyAdmin()) {
			return;
		}
		var existing = members.findByEmail(email).filter(Member::isActive);
		if (existing.isPresent()) {
			existing.get().grant(Role.ADMIN);
			audit.record(existing.get().id(), "ROLE_GRANTED", existing.get().id(), "ADMIN (cercle.admin.email)");
			log.warn("First admin: {} (@{}) now holds the admin role", email, existing.get().handle());
			return;
		}
		var password = oneTimePassword();
		var handle = members.handleTaken("admin") ? "admin-" + clock.millis() % 100000 : "admin";
		var admin = new Member(handle, "Administration", email, passwords.encode(password), clock.instant());
		admin.grant(Role.ADMIN);
		admin.verifyEmail(clock.instant());
		members.save(admin);
		audit.record(admin.id(), "ROLE_GRANTED", admin.id(), "ADMIN (cercle.admin.email)");
		log.warn("First admin created: sign in at /login as {} with the one-time password {} and change it at once "
				+ "on /account. This password is not shown again.", email, password);
	}

	private static String oneTimePassword() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
