package org.cercle.events.material;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.events.event.Event;
import org.cercle.shared.Refusal.Kind;

/**
 * An event's materials: files checked by their content (PDF, PNG, JPEG or WebP, at most
 * 20 MB: a file named {@code .pdf} that is not one is refused) and stored in PostgreSQL,
 * so that every instance serves them; links with a title, to another site or to a page of
 * this one (a write-up article).
 */
@Service
@Transactional
public class EventMaterials {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MaterialNews news;

	EventMaterials(JdbcClient jdbc, Clock clock, MaterialNews news) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.news = news;
	}

	/**
	 * A material as pages list it: a file to download, a link, or the write-up article
	 * (first, its {@code id} the article's).
	 */
	public record Item(UUID id, String title, @Nullable String url, @Nullable String fileName,
			@Nullable String contentType, long size, boolean writeUp) {

		public boolean file() {
			return url == null;
		}

	}

	/** A file as it is downloaded. */
	public record File(String name, String contentType, byte[] bytes) {
	}

	public UUID addFile(Event event, String title, String fileName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new MaterialRefused(Kind.INVALID, "events.materials.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new MaterialRefused(Kind.INVALID, "events.materials.too-big");
		}
		var type = typeOf(bytes);
		if (type == null) {
			throw new MaterialRefused(Kind.INVALID, "events.materials.wrong-type");
		}
		var first = news.none(event.id());
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into events_material (id, event_id, title, file, file_name, content_type, size, created_at)
				values (:id, :event, :title, :file, :name, :type, :size, :at)""")
			.param("id", id)
			.param("event", event.id())
			.param("title", checkedTitle(title, fileName))
			.param("file", bytes)
			.param("name", safeName(fileName))
			.param("type", type)
			.param("size", (long) bytes.length)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		tellIfFirst(first, event);
		return id;
	}

	public UUID addLink(Event event, String title, String url) {
		var address = url.strip();
		var sameSite = address.startsWith("/") && !address.startsWith("//");
		if (!(address.startsWith("https://") || address.startsWith("http://") || sameSite) || address.length() > 2000
				|| address.chars().anyMatch(Character::isWhitespace)) {
			throw new MaterialRefused(Kind.INVALID, "events.materials.bad-link");
		}
		var first = news.none(event.id());
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into events_material (id, event_id, title, url, created_at)
				values (:id, :event, :title, :url, :at)""")
			.param("id", id)
			.param("event", event.id())
			.param("title", checkedTitle(title, address))
			.param("url", address)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		tellIfFirst(first, event);
		return id;
	}

	private void tellIfFirst(boolean first, Event event) {
		if (first) {
			news.firstAdded(event);
		}
	}

	public void remove(Event event, UUID material) {
		jdbc.sql("delete from events_material where id = :id and event_id = :event")
			.param("id", material)
			.param("event", event.id())
			.update();
	}

	@Transactional(readOnly = true)
	public List<Item> of(UUID event) {
		return of(List.of(event)).getOrDefault(event, List.of());
	}

	/**
	 * The materials of these events, by event, in one query; events without any left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<Item>> of(Collection<UUID> events) {
		if (events.isEmpty()) {
			return Map.of();
		}
		var found = new LinkedHashMap<UUID, List<Item>>();
		jdbc.sql("""
				select event_id, article_id as id, title, path as url, null as file_name, null as content_type,
				       0 as size, true as write_up, chosen_at as created_at
				from events_write_up where event_id in (:events)
				union all
				select event_id, id, title, url, file_name, content_type, coalesce(size, 0), false, created_at
				from events_material where event_id in (:events)
				order by write_up desc, created_at, id""")
			.param("events", events)
			.query((org.springframework.jdbc.core.RowCallbackHandler) row -> found
				.computeIfAbsent(row.getObject("event_id", UUID.class), event -> new ArrayList<>())
				.add(new Item(row.getObject("id", UUID.class), row.getString("title"), row.getString("url"),
						row.getString("file_name"), row.getString("content_type"), row.getLong("size"),
						row.getBoolean("write_up"))));
		return found;
	}

	@Transactional(readOnly = true)
	public Optional<File> file(UUID event, UUID material) {
		return jdbc.sql("""
				select file_name, content_type, file from events_material
				where id = :id and event_id = :event and file is not null""")
			.param("id", material)
			.param("event", event)
			.query((row, number) -> new File(row.getString("file_name"), row.getString("content_type"),
					row.getBytes("file")))
			.optional();
	}

	private static String checkedTitle(String title, String fallback) {
		var text = title.isBlank() ? fallback.strip() : title.strip();
		if (text.isEmpty() || text.length() > 200) {
			throw new MaterialRefused(Kind.INVALID, "events.materials.bad-title");
		}
		return text;
	}

	/** The file's own name, without any folder, for the download's name. */
	static String safeName(String name) {
		var base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		return base.isEmpty() ? "support" : base.length() > 150 ? base.substring(base.length() - 150) : base;
	}

	/** PDF, PNG, JPEG or WebP by their first bytes; null for anything else. */
	static @Nullable String typeOf(byte[] bytes) {
		if (starts(bytes, 0, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return "application/pdf";
		}
		if (starts(bytes, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return "image/png";
		}
		if (starts(bytes, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		if (starts(bytes, 0, new byte[] { 'R', 'I', 'F', 'F' })
				&& starts(bytes, 8, new byte[] { 'W', 'E', 'B', 'P' })) {
			return "image/webp";
		}
		return null;
	}

	private static boolean starts(byte[] bytes, int offset, byte[] expected) {
		return bytes.length >= offset + expected.length
				&& Arrays.equals(Arrays.copyOfRange(bytes, offset, offset + expected.length), expected);
	}

}
