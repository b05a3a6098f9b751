package org.cercle.app.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.FileSystemUtils;

/**
 * Anonymous pages published as files for a front server (nginx, see
 * {@code ops/nginx/cercle.conf.template}), which then serves them without asking the
 * application. A page is published when {@link PageCache} keeps it or replays it, under
 * {@code <directory>/current}, a link to the directory of the present generation. When
 * anything readers see changes (on any instance, heard by {@link ContentChanges}), when
 * the changes can no longer be heard, after the page cache's time to live, and when the
 * application stops, the link moves to a new, empty directory before anything else: the
 * next request for any page reaches the application again. The old directory is deleted
 * afterwards (a file nginx is sending survives its deletion).
 *
 * <p>
 * One directory per instance, read by the nginx beside it. Files are written whole under
 * a temporary name, then renamed, so nginx never reads half a page; the directory holds
 * at most {@code cercle.front.max-bytes}.
 */
class FrontPages implements SmartLifecycle {

	static final String CURRENT = "current";

	private static final String PREFIX = "p-";

	private static final Logger log = LoggerFactory.getLogger(FrontPages.class);

	private final Path root;

	private final ContentChanges changes;

	private final Duration ttl;

	private final long maxBytes;

	private final Clock clock;

	private final ScheduledExecutorService chores = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "cercle-front-pages");
		thread.setDaemon(true);
		return thread;
	});

	/** The files of the present directory, so that each is written once. */
	private final Set<String> published = ConcurrentHashMap.newKeySet();

	private long sequence;

	private @Nullable Path directory;

	/** The generation the present directory holds pages of; -1: none may be published. */
	private long generation = -1;

	private long bytes;

	private Instant created = Instant.EPOCH;

	private volatile boolean running;

	private final Runnable renewal = this::renew;

	FrontPages(Path root, ContentChanges changes, Duration ttl, long maxBytes, Clock clock) {
		this.root = root.toAbsolutePath();
		this.changes = changes;
		this.ttl = ttl;
		this.maxBytes = maxBytes;
		this.clock = clock;
	}

	@Override
	public void start() {
		try {
			Files.createDirectories(root);
			try (Stream<Path> leftovers = Files.list(root)) {
				leftovers.filter(FrontPages::ours).forEach(FrontPages::delete);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the published pages' directory " + root, ex);
		}
		running = true;
		// told first, then renewed: a change (or the first hearing) meanwhile renews
		// again
		changes.addContentListener(renewal);
		renew();
		long period = Math.max(100, ttl.toMillis() / 10);
		chores.scheduleWithFixedDelay(this::renewWhenOld, period, period, TimeUnit.MILLISECONDS);
	}

	/** Withdraws every page: with the application stopped, nothing says they are true. */
	@Override
	public void stop() {
		running = false;
		changes.removeContentListener(renewal);
		renew();
		chores.shutdown();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Publishes a page kept for the given generation, unless it is already, its address
	 * is not one nginx serves from files, the generation has moved on or the directory is
	 * full.
	 */
	void publish(HttpServletRequest request, PageCache.Page page) {
		var address = FrontAddress.of(request, page.contentType());
		if (address.isEmpty() || published.contains(address.get())
				|| !FrontAddress.sameHeadersAsFront(page.headers(), address.get())) {
			return;
		}
		synchronized (this) {
			if (page.generation() != generation || directory == null || bytes + page.body().length > maxBytes
					|| !published.add(address.get())) {
				return;
			}
			try {
				write(directory.resolve(address.get()), page.body());
				bytes += page.body().length;
			}
			catch (IOException ex) {
				log.warn("Cannot publish {} for the front server: {}", address.get(), ex.getMessage());
			}
		}
	}

	/**
	 * Moves the link to a new, empty directory (unless the present one is empty still),
	 * for the generation now heard, and deletes the old one afterwards.
	 */
	synchronized void renew() {
		var next = running && changes.isListening() ? changes.generation() : -1;
		if (directory != null && published.isEmpty()) {
			generation = next;
			created = clock.instant();
			return;
		}
		var old = directory;
		try {
			var fresh = Files.createDirectory(root.resolve(PREFIX + ProcessHandle.current().pid() + "-" + ++sequence));
			var link = root.resolve(CURRENT + ".next");
			Files.deleteIfExists(link);
			Files.createSymbolicLink(link, fresh.getFileName());
			Files.move(link, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			directory = fresh;
			generation = next;
		}
		catch (IOException ex) {
			// nothing more is published; what nginx finds in the old directory may be
			// stale, so it goes
			log.error("Cannot renew the published pages in {}: {}", root, ex.getMessage());
			directory = null;
			generation = -1;
			var link = root.resolve(CURRENT);
			delete(link);
		}
		published.clear();
		bytes = 0;
		created = clock.instant();
		if (old != null && !chores.isShutdown()) {
			chores.execute(() -> delete(old));
		}
		else if (old != null) {
			delete(old);
		}
	}

	/**
	 * After the time to live; and, should a hearing have been missed, as soon as changes
	 * are heard again.
	 */
	private synchronized void renewWhenOld() {
		var old = !published.isEmpty() && !created.plus(ttl).isAfter(clock.instant());
		var heardAgain = generation == -1 && running && changes.isListening();
		if (old || heardAgain) {
			renew();
		}
	}

	/**
	 * What an earlier run left: its directories and a link it was about to move (anything
	 * else in the directory is not ours to delete).
	 */
	private static boolean ours(Path path) {
		var name = path.getFileName().toString();
		return name.startsWith(PREFIX) || name.equals(CURRENT + ".next");
	}

	private static void write(Path file, byte[] body) throws IOException {
		Files.createDirectories(file.getParent());
		// a name nginx never asks for (it only asks for names ending in .html, .atom or
		// .xml)
		var partial = file.resolveSibling(file.getFileName() + ".part");
		Files.write(partial, body);
		Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** A directory with what it holds, or the link (never what it points to). */
	private static void delete(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			log.debug("Cannot delete {}", path, ex);
		}
	}

}
