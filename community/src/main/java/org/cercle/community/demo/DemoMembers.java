package org.cercle.community.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.member.Member;
import org.cercle.community.member.Members;
import org.cercle.community.Role;

/**
 * Demo accounts, one per role, created once in demo mode (embedded PostgreSQL, no
 * database configured) and printed in the log at every start. Other modules' demo content
 * runs after this one and finds its authors by handle.
 */
@Component
@Profile("demo")
@Order(10)
class DemoMembers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("claude", "Claude Marchand", Role.AUTHOR, "cercle-demo-auteur", "Cercle E2.0",
					"Consultant en organisation, anime les Matinées E2.0 à Genève depuis leur première édition."),
			new DemoAccount("anais", "Anaïs Berset", Role.ORGANISER, "cercle-demo-organisatrice",
					"Atelier Collaboratif",
					"Community manager, passionnée par les réseaux sociaux d'entreprise et l'animation de communautés."),
			new DemoAccount("sophie", "Sophie Rochat", Role.MODERATOR, "cercle-demo-moderatrice", null,
					"Chercheuse sur le futur du travail et les tiers-lieux ; modère les discussions de Cercle."),
			new DemoAccount("nadia", "Nadia Keller", Role.ADMIN, "cercle-demo-administratrice", "Cercle E2.0",
					"Administre le portail Cercle."),
			new DemoAccount("leo", "Léo Favre", null, "cercle-demo-membre", "Favre & Fils",
					"Responsable des systèmes d'information dans une PME vaudoise."));

	private final Members members;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoMembers(Members members, PasswordEncoder passwords, Clock clock) {
		this.members = members;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var since = clock.instant().minus(Duration.ofDays(400));
		int created = 0;
		for (var account : ACCOUNTS) {
			if (members.findByHandle(account.handle()).isEmpty()) {
				var member = new Member(account.handle(), account.displayName(), account.handle() + "@cercle.example",
						passwords.encode(account.password()), since.plus(Duration.ofDays(created++)));
				member.describe(account.displayName(), account.bio(), account.organisation(), null);
				member.verifyEmail(member.createdAt());
				member.choose(true, true); // the directory and the profiles show them
				if (account.role() != null) {
					member.grant(account.role());
				}
				members.save(member);
			}
		}
		var table = new StringBuilder("Demo accounts (demo mode only), sign in at /login with handle or email:");
		ACCOUNTS.forEach(account -> table.append("\n  %-7s %-10s password: %s".formatted(account.handle(),
				account.role() == null ? "member" : account.role().name().toLowerCase(), account.password())));
		log.info(table.toString());
	}

	record DemoAccount(String handle, String displayName, @Nullable Role role, String password,
			@Nullable String organisation, String bio) {
	}

}
