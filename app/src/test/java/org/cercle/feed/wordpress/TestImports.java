package org.cercle.feed.wordpress;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An admin's import as a browser goes through it: send, then follow the job's page. */
public final class TestImports {

	private TestImports() {
	}

	/** Sends the files, follows the job's page until it ends, returns that last page. */
	public static Document run(MockMvcTester mvc, Member admin, MockMultipartFile... files) {
		var request = mvc.post().uri("/manage/import").multipart();
		for (var file : files) {
			request = request.file(file);
		}
		var sent = request.with(user(TestMembers.principal(admin))).with(csrf()).exchange();
		assertThat(sent).hasStatus(302);
		var job = sent.getResponse().getRedirectedUrl();
		assertThat(job).matches("/manage/import/[0-9a-f-]{36}");
		var last = new AtomicReference<Document>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			var page = Pages.html(mvc.get().uri(job).with(user(TestMembers.principal(admin))).exchange());
			assertThat(page.select("meta[http-equiv=refresh]")).as("still running").isEmpty();
			last.set(page);
		});
		return last.get();
	}

}
