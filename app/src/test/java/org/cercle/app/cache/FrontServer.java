package org.cercle.app.cache;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/**
 * A real nginx with the configuration of {@code ops/nginx/cercle.conf.template}, in front
 * of an instance on this machine, listening on a free port of 127.0.0.1 (Debian's nginx
 * package: CI installs it).
 */
final class FrontServer implements AutoCloseable {

	static final Path TEMPLATE = Path.of("..", "ops", "nginx", "cercle.conf.template");

	private final Process process;

	private final int port;

	private FrontServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** A directory nginx's workers may read (they may run as another user). */
	static Path readableDirectory(String prefix) throws IOException {
		return Files.createTempDirectory(prefix,
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
	}

	static FrontServer start(int upstreamPort, Path publishedPages) throws IOException, InterruptedException {
		var home = readableDirectory("cercle-nginx");
		var port = freePort();
		var site = Files.readString(TEMPLATE)
			.replace("${CERCLE_LISTEN}", "127.0.0.1:" + port)
			.replace("${CERCLE_UPSTREAM}", "127.0.0.1:" + upstreamPort)
			.replace("${CERCLE_FRONT_PAGES}", publishedPages.toAbsolutePath().toString());
		Files.writeString(home.resolve("cercle.conf"), site);
		Files.writeString(home.resolve("nginx.conf"), """
				%s
				daemon off;
				worker_processes 1;
				pid %s/nginx.pid;
				error_log %s/error.log warn;
				events { worker_connections 256; }
				http {
				    access_log off;
				    client_body_temp_path %s/body;
				    proxy_temp_path %s/proxy;
				    fastcgi_temp_path %s/fastcgi;
				    uwsgi_temp_path %s/uwsgi;
				    scgi_temp_path %s/scgi;
				    default_type application/octet-stream;
				    include %s/cercle.conf;
				}
				""".formatted("root".equals(System.getProperty("user.name")) ? "user root;" : "", home, home, home,
				home, home, home, home, home));
		var process = new ProcessBuilder(nginx(), "-p", home.toString(), "-c", home.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("nginx.out").toFile())
			.start();
		var server = new FrontServer(process, port);
		server.awaitListening(home);
		return server;
	}

	int port() {
		return port;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

	private void awaitListening(Path home) throws IOException, InterruptedException {
		var deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("nginx stopped: " + Files.readString(home.resolve("nginx.out")));
			}
			try (var socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("nginx did not listen on " + port);
	}

	static boolean installed() {
		return !nginx().equals("nginx") || System.getenv("PATH") != null
				&& java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
					.anyMatch(directory -> Files.isExecutable(Path.of(directory, "nginx")));
	}

	private static String nginx() {
		for (var candidate : new String[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx" }) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return "nginx";
	}

	/** A port nothing listens on now. */
	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
