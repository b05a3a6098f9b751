package org.cercle.app;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What the page cache does when it cannot know whether pages changed. */
class PageCacheTests {

	@Test
	void whileChangesCannotBeHeardEveryPageIsRenderedAnew() throws Exception {
		var neverStarted = new ContentChanges(new LocalPostgresConnection(1), Duration.ofSeconds(1));
		var cache = new PageCache(neverStarted, Duration.ofMinutes(1), 10);
		var renders = new AtomicInteger();
		for (int i = 0; i < 3; i++) {
			var response = new MockHttpServletResponse();
			cache.doFilter(new MockHttpServletRequest("GET", "/articles"), response, (request, res) -> {
				ConditionalRequests.markAnonymousRead((HttpServletRequest) request);
				renders.incrementAndGet();
				res.getWriter().write("page " + renders.get());
			});
			assertThat(response.getContentAsString()).isEqualTo("page " + (i + 1));
		}
		assertThat(renders).hasValue(3);
	}

}
