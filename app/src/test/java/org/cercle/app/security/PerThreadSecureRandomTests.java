package org.cercle.app.security;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerThreadSecureRandomTests {

	private final PerThreadSecureRandom random = new PerThreadSecureRandom();

	@Test
	void fillsEveryByteWithFreshValues() {
		Set<String> drawn = new HashSet<>();
		for (int i = 0; i < 1_000; i++) {
			var bytes = new byte[32];
			random.nextBytes(bytes);
			drawn.add(Arrays.toString(bytes));
		}
		assertThat(drawn).hasSize(1_000);
	}

	@Test
	void threadsDrawingAtOnceGetDifferentBytes() throws InterruptedException {
		Set<String> drawn = ConcurrentHashMap.newKeySet();
		var threads = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 8_000; i++) {
			threads.execute(() -> {
				var bytes = new byte[32];
				random.nextBytes(bytes);
				drawn.add(Arrays.toString(bytes));
			});
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(drawn).hasSize(8_000);
	}

	@Test
	void numbersComeFromTheSameBytes() {
		Set<Long> drawn = new HashSet<>();
		for (int i = 0; i < 1_000; i++) {
			drawn.add(random.nextLong());
		}
		assertThat(drawn).hasSize(1_000);
	}

}
