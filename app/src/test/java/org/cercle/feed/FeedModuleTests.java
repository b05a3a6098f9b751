package org.cercle.feed;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberDirectory;
import org.cercle.feed.article.TestArticles;
import org.cercle.feed.comment.Comment;
import org.cercle.feed.comment.Commenting;
import org.cercle.testsupport.ModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed module alone: what it announces when members comment. */
@ModuleTest
class FeedModuleTests {

	@MockitoBean
	org.cercle.community.SpamGuard spam;

	@MockitoBean
	org.cercle.community.FormTimer formTimer;

	@MockitoBean
	org.cercle.community.HeldPosts heldPosts;

	@MockitoBean
	MemberDirectory members;

	@MockitoBean
	AuditTrail audit;

	@Autowired
	Commenting commenting;

	@Autowired
	TestArticles articles;

	@Test
	void aNewMembersFirstCommentIsHeldForModerationAndSaysSo(Scenario scenario) {
		var article = articles.published(UUID.randomUUID());
		var newcomer = UUID.randomUUID();
		scenario.stimulate(() -> commenting.post(article, newcomer, null, "Premier commentaire.", false))
			.andWaitForEventOfType(CommentPosted.class)
			.matching(posted -> posted.author().value().equals(newcomer))
			.toArriveAndVerify(posted -> {
				assertThat(posted.awaitingModeration()).isTrue();
				assertThat(posted.parent()).isNull();
			});
	}

	@Test
	void aTrustedMembersCommentIsPublishedAtOnce(Scenario scenario) {
		var article = articles.published(UUID.randomUUID());
		var moderator = UUID.randomUUID();
		scenario.stimulate(() -> commenting.post(article, moderator, null, "Bienvenue à tous.", true))
			.andWaitForEventOfType(CommentPosted.class)
			.matching(posted -> posted.author().value().equals(moderator))
			.toArriveAndVerify(posted -> assertThat(posted.awaitingModeration()).isFalse());
	}

	@Test
	void aHeldCommentIsShownToNobodyButItsAuthorUntilApproved() {
		var article = articles.published(UUID.randomUUID());
		var comment = commenting.post(article, UUID.randomUUID(), null, "En attente.", false);
		assertThat(comment.status()).isEqualTo(Comment.Status.PENDING);
	}

}
