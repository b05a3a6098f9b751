package org.cercle.community;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.cercle.community.account.TestMembers;
import org.cercle.mail.Letters;
import org.cercle.mail.Outbox;
import org.cercle.community.circle.CircleDirectory;
import org.cercle.community.circle.CircleRefused;
import org.cercle.testsupport.ModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The community module alone: what it announces when members join circles, and a rule it
 * keeps.
 */
@ModuleTest
class CommunityModuleTests {

	@MockitoBean
	Letters letters;

	@MockitoBean
	Outbox outbox;

	@MockitoBean
	MemberArticles memberArticles;

	@MockitoBean
	org.cercle.community.MemberActivity memberActivity;

	@Autowired
	CircleDirectory circles;

	@Autowired
	TestMembers members;

	@Test
	void askingToJoinAPrivateCircleAnnouncesARequestForItsLeaders(Scenario scenario) {
		var owner = members.create("fondatrice");
		var circle = circles.create("Cercle discret " + owner.handle(), "Entre nous.", true, owner.id());
		var asking = members.create("curieux");
		scenario.stimulate(() -> circles.join(circle.slug(), asking.id(), "Bonjour !"))
			.andWaitForEventOfType(CircleJoined.class)
			.matching(joined -> joined.member().value().equals(asking.id()))
			.toArriveAndVerify(joined -> {
				assertThat(joined.awaitingApproval()).isTrue();
				assertThat(joined.circle().value()).isEqualTo(circle.id());
			});
	}

	@Test
	void joiningAPublicCircleAnnouncesAMember(Scenario scenario) {
		var owner = members.create("animateur");
		var circle = circles.create("Cercle ouvert " + owner.handle(), "Tout le monde.", false, owner.id());
		var joining = members.create("nouvelle");
		scenario.stimulate(() -> circles.join(circle.slug(), joining.id(), null))
			.andWaitForEventOfType(CircleJoined.class)
			.matching(joined -> joined.member().value().equals(joining.id()))
			.toArriveAndVerify(joined -> assertThat(joined.awaitingApproval()).isFalse());
	}

	@Test
	void theLastOwnerCannotLeave() {
		var owner = members.create("seule");
		var circle = circles.create("Cercle à garder " + owner.handle(), "Un seul pilote.", false, owner.id());
		assertThatThrownBy(() -> circles.leave(circle.slug(), owner.id())).isInstanceOfSatisfying(CircleRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("community.circle.last-owner"));
	}

}
