package org.cercle.app.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of {@code ops/run.sh} ({@code cercle.training-run=true}): once the
 * instance is ready, it reads a few pages from itself, the first article and event it
 * finds included, then stops as a normal shutdown does. The archive of classes the JVM
 * writes at exit (CDS, or JDK 25's AOT cache) then holds what starting the web server,
 * the start-up tasks and serving those pages load, and the embedded database is stopped
 * (the earlier way, {@code -Dspring.context.exit=onRefresh}, halted the JVM before
 * either).
 */
@Component
@ConditionalOnBooleanProperty("cercle.training-run")
class TrainingRun {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private static final Pattern FIRST_LINK = Pattern.compile("href=\"(/(articles|events)/[a-z0-9-]+)\"");

	private final ConfigurableApplicationContext context;

	private final List<String> paths;

	private final IntConsumer exit;

	@Autowired
	TrainingRun(ConfigurableApplicationContext context, @Value("${cercle.training-run.paths}") List<String> paths) {
		this(context, paths, System::exit);
	}

	TrainingRun(ConfigurableApplicationContext context, List<String> paths, IntConsumer exit) {
		this.context = context;
		this.paths = paths;
		this.exit = exit;
	}

	@EventListener
	void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
			new Thread(this::trainThenStop, "training-run").start();
		}
	}

	private void trainThenStop() {
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			readPages(port).forEach((path, status) -> log.info("Training run: GET {} -> {}", path, status));
		}
		catch (RuntimeException ex) {
			log.warn("Training run: the pages could not all be read", ex);
		}
		context.getBeanProvider(Drain.class).ifAvailable(Drain::skipGrace);
		exit.accept(SpringApplication.exit(context));
	}

	/**
	 * Reads each configured page, then the first article and event page linked from them.
	 * @return each path read with its status
	 */
	Map<String, Integer> readPages(int port) {
		var statuses = new LinkedHashMap<String, Integer>();
		var firstLinks = new LinkedHashMap<String, String>();
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (var path : paths) {
			var links = FIRST_LINK.matcher(read(client, port, path, statuses));
			while (links.find()) {
				firstLinks.putIfAbsent(links.group(2), links.group(1));
			}
		}
		firstLinks.values().forEach(path -> read(client, port, path, statuses));
		return statuses;
	}

	private static String read(HttpClient client, int port, String path, Map<String, Integer> statuses) {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			var response = client.send(request, HttpResponse.BodyHandlers.ofString());
			statuses.put(path, response.statusCode());
			return response.body();
		}
		catch (IOException ex) {
			statuses.put(path, -1);
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("training run interrupted", ex);
		}
	}

}
