package org.cercle.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.cercle.shared.Markdown;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoContentIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.util.List<ApplicationRunner> runners;

	@Test
	void holdsTheLandmarkArticlesWithLongFrenchBodies() {
		var titles = java.util.List.of("Matinée E2.0 > Métiers et IT : un nouveau contrat de service !",
				"Le social CRM, accélérateur de l'entreprise 2.0 ?",
				"Comment allons-nous travailler demain ? (Future of Work)",
				"Smart city : la communauté urbaine 2.0, intelligente !", "La communauté au cœur de l'organisation 2.0",
				"Social media et marketing : perspectives 2013");
		for (var title : titles) {
			var body = jdbc.sql("select body_markdown from feed_article where title = ? and status = 'PUBLISHED'")
				.param(title)
				.query(String.class)
				.single();
			assertThat(Markdown.toPlainText(body).split("\\s+")).as(title).hasSizeGreaterThanOrEqualTo(300);
		}
	}

	@Test
	void holdsEnoughArticlesForPaginationAndTagsOnEach() {
		assertThat(jdbc.sql("select count(*) from feed_article where status = 'PUBLISHED'").query(Long.class).single())
			.isGreaterThanOrEqualTo(36);
		assertThat(jdbc.sql("""
				select count(*) from feed_article a join community_member m on m.id = a.author_id
				where m.handle in ('claude', 'anais', 'leo', 'sophie')
				and not exists (select 1 from feed_article_tag t where t.article_id = a.id)""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void loadsDemoContentOnlyOnce() throws Exception {
		var before = jdbc.sql("select count(*) from feed_article").query(Long.class).single();
		var members = jdbc.sql("select count(*) from community_member").query(Long.class).single();
		for (var runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(jdbc.sql("select count(*) from feed_article").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from community_member").query(Long.class).single()).isEqualTo(members);
	}

}
