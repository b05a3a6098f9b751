package org.cercle.app.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.mail.Letter;
import org.cercle.mail.Outbox;

/**
 * Mail benchmark (profile {@code mail-benchmark}, run by {@code bench/mail-benchmark.sh})
 * on the in-process SMTP server: how fast the outbox sends a burst of letters, and
 * registrations' latency over HTTP while letters can be delivered and while the SMTP
 * server is down (a registration that waited for SMTP would be slow, or fail, in the
 * second case).
 */
@Component
@Profile("mail-benchmark")
@Order(100)
class MailBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MailBenchmark.class);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final GreenMail server;

	private final JavaMailSenderImpl sender;

	private final ConfigurableApplicationContext context;

	MailBenchmark(Outbox outbox, TransactionTemplate transactions, JdbcClient jdbc, GreenMail server,
			JavaMailSenderImpl sender, ConfigurableApplicationContext context) {
		this.outbox = outbox;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.server = server;
		this.sender = sender;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		var burst = Integer.parseInt(System.getProperty("cercle.benchmark.letters", "2000"));
		var registrations = Integer.parseInt(System.getProperty("cercle.benchmark.registrations", "200"));
		var port = ((WebServerApplicationContext) context).getWebServer().getPort();
		try {
			sendBurst(burst);
			register(port, 20, "warm-up");
			var delivered = register(port, registrations, "SMTP up");
			server.stop();
			var down = register(port, registrations, "SMTP down");
			server.start();
			sender.setPort(server.getSmtp().getPort());
			log.info(
					"MAIL BENCHMARK: registration p50 {} ms p99 {} ms with SMTP up; p50 {} ms p99 {} ms with SMTP down",
					percentile(delivered, 50), percentile(delivered, 99), percentile(down, 50), percentile(down, 99));
		}
		finally {
			context.close();
		}
	}

	private void sendBurst(int count) throws InterruptedException {
		var kind = "bench." + UUID.randomUUID().toString().substring(0, 6);
		var started = System.nanoTime();
		for (int done = 0; done < count; done += 100) {
			var from = done;
			transactions.executeWithoutResult(status -> {
				for (int i = from; i < Math.min(count, from + 100); i++) {
					outbox.queue(new Letter(kind, "banc-" + i + "@exemple.ch", "Banc d'essai " + i, Locale.FRENCH,
							"Lettre d'essai n° " + i, "Le texte de la lettre " + i + ".",
							"<p>Le texte de la lettre " + i + ".</p>", Map.of(), List.of()));
				}
			});
		}
		var queued = System.nanoTime();
		while (sent(kind) < count) {
			Thread.sleep(20);
		}
		var finished = System.nanoTime();
		var seconds = (finished - queued) / 1e9;
		log.info("MAIL BENCHMARK: {} letters queued in {} ms, all sent over SMTP {} ms later: {} letters/s", count,
				(queued - started) / 1_000_000, Math.round(seconds * 1000), Math.round(count / seconds));
	}

	private long sent(String kind) {
		return jdbc.sql("select count(*) from mail_outbox where kind = :kind and status = 'SENT'")
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	/**
	 * Registers members through the form, one after another; returns each request's
	 * milliseconds.
	 */
	private List<Double> register(int port, int count, String phase) throws Exception {
		var times = new ArrayList<Double>();
		for (int i = 0; i < count; i++) {
			var client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			var base = "http://127.0.0.1:" + port;
			var form = client.send(HttpRequest.newBuilder(URI.create(base + "/register")).build(),
					HttpResponse.BodyHandlers.ofString());
			var matcher = CSRF.matcher(form.body());
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on /register");
			}
			var handle = "banc-" + UUID.randomUUID().toString().substring(0, 10);
			var body = "_csrf=" + encode(matcher.group(1)) + "&handle=" + handle + "&displayName=Banc+d%27essai&email="
					+ handle + "%40exemple.ch&password=" + encode("une phrase de passe pour le banc");
			var started = System.nanoTime();
			var response = client.send(HttpRequest.newBuilder(URI.create(base + "/register"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			times.add((System.nanoTime() - started) / 1e6);
			if (response.statusCode() != 302) {
				throw new IllegalStateException(phase + ": registration answered " + response.statusCode());
			}
		}
		return times;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String percentile(List<Double> times, int percentile) {
		var sorted = times.stream().sorted().toList();
		var index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
		return String.format(Locale.ROOT, "%.1f", sorted.get(Math.max(index, 0)));
	}

}
