package org.cercle.app.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.cercle.app.database.LocalPostgresConnection;
import static org.assertj.core.api.Assertions.assertThat;

/** What the page cache does when it cannot know whether pages changed. */
class PageCacheTests {

	@Test
	void whileChangesCannotBeHeardEveryPageIsRenderedAnew() throws Exception {
		var neverStarted = new ContentChanges(new LocalPostgresConnection(1), Duration.ofSeconds(1));
		var cache = new PageCache(neverStarted, Duration.ofMinutes(1), 1_000_000, null);
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

	@Test
	void readersAskingForAPageBeingRenderedWaitForItRatherThanRenderingItToo() throws Exception {
		var listening = new ContentChanges(new LocalPostgresConnection(1), Duration.ofSeconds(1)) {
			@Override
			boolean isListening() {
				return true;
			}
		};
		var cache = new PageCache(listening, Duration.ofMinutes(1), 1_000_000, null);
		var renders = new AtomicInteger();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(10);
		try {
			var answers = new ArrayList<Future<String>>();
			for (int i = 0; i < 10; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					var response = new MockHttpServletResponse();
					cache.doFilter(new MockHttpServletRequest("GET", "/articles"), response, (request, res) -> {
						ConditionalRequests.markAnonymousRead((HttpServletRequest) request);
						var render = renders.incrementAndGet();
						sleep(300);
						res.getWriter().write("page " + render);
					});
					return response.getContentAsString();
				}));
			}
			start.countDown();
			for (var answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("page 1");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(renders).hasValue(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
