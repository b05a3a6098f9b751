package org.cercle.app.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker path checked without a Docker engine (#15, point 18): the compose file is
 * valid YAML without duplicate keys, gives the portal what a deployment needs (an admin,
 * a health check, a restart policy, time to drain), names only settings the README
 * explains and the application reads; the Dockerfile hides no failure and has a health
 * check.
 */
class DeploymentFilesTests {

	private static final Path ROOT = Path.of("..");

	@Test
	@SuppressWarnings("unchecked")
	void theComposeFileGivesThePortalAnAdminAHealthCheckAndARestartPolicy() throws IOException {
		var app = (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get("app");
		assertThat(app).containsKeys("restart", "healthcheck", "stop_grace_period");
		assertThat((Map<String, Object>) app.get("healthcheck")).containsKey("test");
		assertThat(environment(app)).containsKeys("CERCLE_ADMIN_EMAIL", "SPRING_DATASOURCE_URL",
				"SPRING_DATASOURCE_PASSWORD", "CERCLE_PUBLIC_URL");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everySettingTheComposeFileGivesIsExplainedInTheReadmeAndReadByTheApplication() throws IOException {
		var app = (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get("app");
		var readme = Files.readString(ROOT.resolve("README.md"));
		var known = propertiesTheApplicationReads();
		for (var name : environment(app).keySet()) {
			assertThat(readme).as(name + " in the README").contains("`" + name + "`");
			if (name.startsWith("CERCLE_")) {
				assertThat(known).as(name + " is a property the application reads").contains(name);
			}
		}
	}

	@Test
	void theDockerfileHidesNoFailureAndChecksItsHealth() throws IOException {
		var dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		assertThat(dockerfile.lines().filter(line -> !line.strip().startsWith("#")))
			.noneMatch(line -> line.contains("|| true"));
		assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n?.*readyz");
	}

	private static Map<String, Object> compose() throws IOException {
		var options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(options)).load(Files.readString(ROOT.resolve("docker-compose.yml")));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> service) {
		return (Map<String, Object>) service.get("environment");
	}

	/**
	 * Properties named in application.properties or in {@code ${...}} placeholders, as
	 * environment variables.
	 */
	private static List<String> propertiesTheApplicationReads() throws IOException {
		var placeholder = Pattern.compile("\\$\\{(cercle\\.[a-z0-9.-]+)");
		var declared = Pattern.compile("(?m)^(cercle\\.[a-z0-9.-]+)=");
		try (Stream<Path> sources = Stream.of("app", "community", "feed", "events")
			.map(module -> ROOT.resolve(module).resolve("src/main"))
			.flatMap(DeploymentFilesTests::walk)) {
			return sources.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".properties"))
				.flatMap(file -> Stream.concat(
						Stream.concat(placeholder.matcher(read(file)).results(), declared.matcher(read(file)).results())
							.map(match -> match.group(1)),
						configurationProperties(read(file))))
				.map(property -> property.toUpperCase().replace('.', '_').replace('-', '_'))
				.distinct()
				.collect(Collectors.toList());
		}
	}

	/**
	 * A {@code @ConfigurationProperties("prefix") record X(Type oneName, ...)}'s
	 * properties: {@code prefix.one-name}.
	 */
	private static Stream<String> configurationProperties(String source) {
		var prefix = Pattern.compile("@ConfigurationProperties\\(\"(cercle\\.[a-z.-]+)\"\\)").matcher(source);
		var record = Pattern.compile("record \\w+\\((.*?)\\)\\s*\\{", Pattern.DOTALL).matcher(source);
		if (!prefix.find() || !record.find()) {
			return Stream.empty();
		}
		var components = record.group(1).replaceAll("@\\w+(\\([^)]*\\))?", "");
		return Pattern.compile("(\\w+)\\s*(?:,|$)")
			.matcher(components.strip())
			.results()
			.map(match -> prefix.group(1) + "." + match.group(1).replaceAll("([A-Z])", "-$1").toLowerCase());
	}

	private static Stream<Path> walk(Path directory) {
		try {
			return Files.walk(directory);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
