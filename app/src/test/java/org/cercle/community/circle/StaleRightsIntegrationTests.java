package org.cercle.community.circle;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.feed.article.TestArticles;
import org.cercle.feed.comment.CommentModeration;
import org.cercle.feed.comment.CommentRefused;
import org.cercle.feed.comment.Commenting;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every write checks the right its author holds now, not only authorship (#15, point 6).
 */
@IntegrationTest
class StaleRightsIntegrationTests {

	@Autowired
	TestMembers members;

	@Autowired
	CircleDirectory circles;

	@Autowired
	CircleDiscussions discussions;

	@Autowired
	TestArticles articles;

	@Autowired
	Commenting commenting;

	@Autowired
	CommentModeration moderation;

	@Test
	void aMemberRemovedFromAPrivateCircleNoLongerEditsTheirDiscussion() {
		var owner = members.create("proprietaire-droits");
		var circle = circles.create("Cercle des droits " + UUID.randomUUID().toString().substring(0, 6), "Privé.", true,
				owner.id());
		var member = members.create("bientot-exclu");
		circles.join(circle.slug(), member.id(), null);
		circles.decide(circle.slug(), member.handle(), owner.id(), false, true);
		var discussion = discussions.start(circle.slug(), member.id(), false, "Mon sujet", "Mon texte.");
		discussions.edit(circle.slug(), discussion.id(), null, member.id(), "Mon sujet", "Corrigé tant que membre.");

		circles.remove(circle.slug(), member.handle(), owner.id(), false);
		assertThatThrownBy(() -> discussions.edit(circle.slug(), discussion.id(), null, member.id(), "Mon sujet",
				"Modifié après l'exclusion."))
			.isInstanceOf(CircleRefused.class);
	}

	@Test
	void aMemberStoppedFromCommentingNoLongerEditsTheirComments() {
		var slug = articles.published(members.create("autrice-droits", Role.AUTHOR).id());
		var member = members.create("bientot-prive");
		var comment = commenting.post(slug, member.id(), null, "Premier avis.", true);
		moderation.stop(member.handle(), members.create("moderatrice-droits", Role.MODERATOR).id(), "Propos injurieux");
		assertThatThrownBy(() -> commenting.edit(slug, comment.id(), member.id(), "Avis modifié."))
			.isInstanceOfSatisfying(CommentRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("feed.comment.banned"));
	}

}
