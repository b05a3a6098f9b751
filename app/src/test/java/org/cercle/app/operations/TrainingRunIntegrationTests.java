package org.cercle.app.operations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.events.TestEvents;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of ops/run.sh reads every configured page and the first article and
 * event they link to from the running server, each answered, so that the archive written
 * at its exit holds what serving them loads. It is off unless asked for.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TrainingRunIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Value("${cercle.training-run.paths}")
	List<String> paths;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	TestEvents events;

	@Test
	void readsEveryConfiguredPageAndTheFirstArticleAndEventLinked() {
		articles.published(members.create("entrainement-auteur", Role.AUTHOR).id());
		events.published("Matinée d'entraînement", LocalDateTime.now().plusDays(403).withNano(0), 30);
		var exits = new ArrayList<Integer>();

		var statuses = new TrainingRun(context, paths, exits::add).readPages(port);

		assertThat(statuses.keySet()).containsAll(paths);
		assertThat(statuses.keySet()).anyMatch(path -> path.startsWith("/articles/"))
			.anyMatch(path -> path.startsWith("/events/"));
		assertThat(statuses.values()).as("every page answered").containsOnly(200);
		assertThat(exits).as("reading pages never stops the instance").isEmpty();
	}

	@Test
	void isOffUnlessAskedFor() {
		assertThat(context.getBeanNamesForType(TrainingRun.class)).isEmpty();
	}

}
