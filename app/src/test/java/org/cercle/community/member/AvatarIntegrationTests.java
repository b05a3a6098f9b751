package org.cercle.community.member;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Members set a picture (square, two small sizes) or keep their initials. */
@IntegrationTest
class AvatarIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPictureBecomesASquareAvatarOnTheProfileAndBesideComments() throws Exception {
		var member = members.create("avatar-photo");
		assertThat(upload(member, png(300, 200))).hasStatus(302);
		var profile = Pages.html(mvc.get().uri("/members/" + member.handle()).exchange());
		var large = profile.select(".profile-head img.avatar-large");
		assertThat(large.attr("alt")).isEqualTo(member.displayName());
		assertThat(large.attr("src")).isEqualTo("/avatars/" + member.id() + "/large?v=1");
		var served = mvc.get().uri(large.attr("src")).exchange();
		assertThat(served).hasStatusOk().hasContentType("image/png");
		assertThat(served.getResponse().getHeader("Cache-Control")).contains("immutable");
		var picture = ImageIO.read(new ByteArrayInputStream(served.getResponse().getContentAsByteArray()));
		assertThat(picture.getWidth()).isEqualTo(320);
		assertThat(picture.getHeight()).isEqualTo(320);

		var slug = articles.published(members.create("avatar-plume", Role.AUTHOR).id());
		mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", "Avec ma photo.")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		jdbc.sql("update feed_comment set status = 'PUBLISHED' where author_id = :id")
			.param("id", member.id())
			.update();
		var comment = Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select("article.comment");
		assertThat(comment.select("header img.avatar-small").attr("src"))
			.isEqualTo("/avatars/" + member.id() + "/small?v=1");
		assertThat(comment.select("header img.avatar-small").attr("alt")).as("the name follows: not read twice")
			.isEmpty();

		assertThat(upload(member, png(120, 120))).hasStatus(302);
		assertThat(Pages.html(mvc.get().uri("/members/" + member.handle()).exchange())
			.select(".profile-head img.avatar-large")
			.attr("src")).as("a new picture, a new address").endsWith("?v=2");
	}

	@Test
	void withoutAPictureTheInitialsStandForTheMember() {
		var member = members.create("avatar-initiales");
		jdbc.sql("update community_member set display_name = 'Émilie du Châtelet' where id = :id")
			.param("id", member.id())
			.update();
		var profile = Pages.html(mvc.get().uri("/members/" + member.handle()).exchange());
		assertThat(profile.select(".profile-head .avatar.initials").text()).isEqualTo("ÉC");
		assertThat(mvc.get().uri("/avatars/" + member.id() + "/small").exchange()).hasStatus(404);
	}

	@Test
	void refusesWhatIsNotAPictureInFrenchAndRemovesOnRequest() throws Exception {
		var member = members.create("avatar-refus");
		var refused = upload(member, "GIF89a pas une image".getBytes());
		assertThat(refused).hasStatus(400);
		assertThat(Pages.html(refused).select("#avatar-error").text())
			.startsWith("Seules les images JPEG, PNG ou WebP");
		assertThat(upload(member, new byte[0])).hasStatus(400);

		assertThat(upload(member, png(64, 64))).hasStatus(302);
		assertThat(mvc.post()
			.uri("/account/avatar/remove")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(mvc.get().uri("/avatars/" + member.id() + "/small?v=1").exchange()).hasStatus(404);
		assertThat(Pages.html(mvc.get().uri("/members/" + member.handle()).exchange()).select(".avatar.initials"))
			.hasSize(1);
	}

	@Test
	void aDeletedAccountsPictureIsGone() throws Exception {
		var member = members.create("avatar-efface");
		assertThat(upload(member, png(64, 64))).hasStatus(302);
		assertThat(mvc.post()
			.uri("/account/delete")
			.param("password", TestMembers.PASSWORD)
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(mvc.get().uri("/avatars/" + member.id() + "/large?v=1").exchange()).hasStatus(404);
		assertThat(jdbc.sql("select count(*) from community_avatar where member_id = :id")
			.param("id", member.id())
			.query(Long.class)
			.single()).isZero();
	}

	private MvcTestResult upload(org.cercle.community.member.Member member, byte[] bytes) {
		return mvc.post()
			.uri("/account/avatar")
			.multipart()
			.file(new MockMultipartFile("avatar", "moi.png", "image/png", bytes))
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
	}

	private static byte[] png(int width, int height) throws Exception {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
