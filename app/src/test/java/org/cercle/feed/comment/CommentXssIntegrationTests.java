package org.cercle.feed.comment;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.XssPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Whatever members type in a comment comes out as harmless text. */
@IntegrationTest
class CommentXssIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Test
	void everyPayloadRendersAsHarmlessText() throws Exception {
		assertThat(XssPayloads.ALL).hasSizeGreaterThanOrEqualTo(30);
		var slug = articles.published(members.create("auteur-xss", Role.AUTHOR).id());
		for (var payload : XssPayloads.ALL) {
			var member = members.create("xss", Role.AUTHOR);
			assertThat(mvc.post()
				.uri("/articles/" + slug + "/comments")
				.param("body", payload)
				.with(user(TestMembers.principal(member)))
				.with(csrf())
				.exchange()).hasStatus(302);
		}
		var page = Jsoup.parse(mvc.get().uri("/articles/" + slug).exchange().getResponse().getContentAsString());
		assertThat(page.select(".comment-body")).hasSize(XssPayloads.ALL.size());
		XssPayloads.assertHarmless(page, ".comment-body");
		assertThat(page.select(".comment-body").text()).as("raw HTML is shown as text")
			.contains("<script>alert(1)</script>");
	}

}
