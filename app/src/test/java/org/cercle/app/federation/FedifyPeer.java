package org.cercle.app.federation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Fedify peer ({@code app/src/test/fedify/peer.mjs}) in a Node.js process of its own,
 * on a free port: commands go to its standard input, what it saw comes back from its
 * standard output. Its dependencies are installed from the lock file the first time.
 */
final class FedifyPeer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path HOME = Path.of("src/test/fedify");

	private final Process process;

	private final Writer commands;

	private final List<JsonNode> events = new CopyOnWriteArrayList<>();

	private final StringBuilder errors = new StringBuilder();

	private FedifyPeer(Process process) {
		this.process = process;
		this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		daemon(() -> read(process));
		daemon(() -> {
			try {
				errors.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ignored) {
				// the process ended
			}
		});
	}

	private static void daemon(Runnable task) {
		var thread = new Thread(task, "fedify-peer");
		thread.setDaemon(true);
		thread.start();
	}

	static FedifyPeer start() throws IOException, InterruptedException {
		installed();
		var peer = new FedifyPeer(new ProcessBuilder("node", "peer.mjs").directory(HOME.toFile()).start());
		peer.await("ready");
		return peer;
	}

	private static void installed() throws IOException, InterruptedException {
		if (Files.isDirectory(HOME.resolve("node_modules/@fedify/fedify"))) {
			return;
		}
		var npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(HOME.toFile())
			.redirectErrorStream(true)
			.start();
		var output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
			throw new IllegalStateException("npm ci failed in " + HOME + ":\n" + output);
		}
	}

	private void read(Process process) {
		try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				events.add(JSON.readTree(line));
			}
		}
		catch (IOException | RuntimeException ended) {
			// the process ended
		}
	}

	void send(Map<String, String> command) throws IOException {
		commands.write(JSON.writeValueAsString(command) + "\n");
		commands.flush();
	}

	/** The first event of this kind, waited for. */
	JsonNode await(String kind) {
		return await(kind, event -> true);
	}

	/** The first event of this kind that matches, waited for (15 s at most). */
	JsonNode await(String kind, Predicate<JsonNode> matching) {
		Predicate<JsonNode> wanted = event -> kind.equals(event.path("event").asString()) && matching.test(event);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(50))
			.failFast("the peer reported an error: " + this,
					() -> events.stream().anyMatch(event -> "error".equals(event.path("event").asString()))
							&& !"error".equals(kind))
			.until(() -> events.stream().anyMatch(wanted));
		return events.stream().filter(wanted).findFirst().orElseThrow();
	}

	List<JsonNode> events() {
		return events;
	}

	@Override
	public String toString() {
		return "events " + events + "\nstderr " + errors;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			send(Map.of("cmd", "quit"));
		}
		catch (IOException closed) {
			// already gone
		}
		if (!process.waitFor(5, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
