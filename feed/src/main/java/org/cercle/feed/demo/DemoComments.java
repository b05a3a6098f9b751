package org.cercle.feed.demo;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberDirectory;

import org.cercle.feed.comment.Commenting;
import org.cercle.feed.comment.Comments;

/**
 * Demo comments, once in demo mode: a short published thread, and one comment awaiting
 * moderation.
 */
@Component
@Profile("demo")
@Order(25)
class DemoComments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoComments.class);

	private static final String ARTICLE = "la-communaute-au-coeur-de-l-organisation-2-0";

	private final Commenting commenting;

	private final Comments comments;

	private final MemberDirectory members;

	private final Clock clock;

	DemoComments(Commenting commenting, Comments comments, MemberDirectory members, Clock clock) {
		this.commenting = commenting;
		this.comments = comments;
		this.members = members;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (comments.count() > 0) {
			return;
		}
		var first = commenting.post(ARTICLE, id("sophie"), null,
				"Très juste : la communauté ne remplace pas l'organigramme, elle le **traverse**. "
						+ "Chez nous, les meilleures idées viennent des échanges entre services.",
				true);
		commenting.post(ARTICLE, id("claude"), first.id(),
				"Merci, Sophie\u202F! C'est exactement ce que les participants de la dernière Matinée ont raconté.",
				true);
		var pending = commenting.post(ARTICLE, id("leo"), null,
				"Auriez-vous des lectures à conseiller pour convaincre une direction encore sceptique ?", false);
		log.info("Demo comments created on {}; one comment by leo ({}) awaits moderation", ARTICLE, pending.id());
	}

	private UUID id(String handle) {
		return members.findByHandle(handle).orElseThrow().id().value();
	}

}
