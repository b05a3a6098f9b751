package org.cercle.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker (the W3C's validator), run in a JVM of its own on pages saved under
 * {@code target/html-check}: its class path is written by the {@code html-checker}
 * module, which keeps its Jetty 11 away from the application's. One run checks every page
 * given.
 */
public final class HtmlChecker {

	static final Path CLASSPATH = Path.of("..", "html-checker", "target", "vnu.classpath");

	private HtmlChecker() {
	}

	/**
	 * The checker's errors for each page (name → HTML), as « page:line.column: message ».
	 */
	public static List<String> errors(Map<String, String> pages) throws IOException, InterruptedException {
		var directory = Files.createDirectories(Path.of("target", "html-check"));
		var files = new ArrayList<String>();
		for (var page : pages.entrySet()) {
			var file = directory.resolve(page.getKey() + ".html");
			Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
			files.add(file.toString());
		}
		var command = new ArrayList<>(List.of(java(), "-cp", Files.readString(CLASSPATH).strip(),
				"nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu"));
		command.addAll(files);
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The HTML checker did not finish");
		}
		return output.lines()
			.filter(line -> line.contains(": error:") || line.contains(": fatal:"))
			.map(line -> line.replace("\"", "").replace("file:" + directory.toAbsolutePath() + "/", ""))
			.toList();
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
