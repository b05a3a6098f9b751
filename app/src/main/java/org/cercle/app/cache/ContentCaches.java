package org.cercle.app.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.SimpleValueWrapper;

/**
 * Spring's caches for what every visitor, signed in or not, is shown alike (an article's
 * body and its neighbours, the home stream): the modules mark such reads
 * {@code @Cacheable(sync = true)}. Like {@link PageCache}, a value is used only while
 * nothing readers see has changed since it was read ({@link ContentChanges}), and only
 * while changes can be heard; values also expire after the page cache's time to live, for
 * what changes with the clock alone.
 *
 * <p>
 * A value is stamped with the generation current <em>before</em> it was read, so a value
 * read while a change commits is never used. Only {@code get(key, loader)} (what
 * {@code sync = true} calls) stores anything; a plain {@code put} is ignored for that
 * reason.
 */
class ContentCaches implements CacheManager {

	private final ContentChanges changes;

	private final Duration ttl;

	private final long maxEntries;

	private final ConcurrentMap<String, ContentCache> caches = new ConcurrentHashMap<>();

	ContentCaches(ContentChanges changes, Duration ttl, long maxEntries) {
		this.changes = changes;
		this.ttl = ttl;
		this.maxEntries = maxEntries;
	}

	@Override
	public Cache getCache(String name) {
		return caches.computeIfAbsent(name, ContentCache::new);
	}

	@Override
	public Collection<String> getCacheNames() {
		return List.copyOf(caches.keySet());
	}

	private record Stamped(long generation, @Nullable Object value) {
	}

	private final class ContentCache implements Cache {

		private final String name;

		private final com.github.benmanes.caffeine.cache.Cache<Object, Stamped> values;

		private final SingleFlight<Stamped> loading = new SingleFlight<>();

		ContentCache(String name) {
			this.name = name;
			this.values = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Object getNativeCache() {
			return values;
		}

		@Override
		public @Nullable ValueWrapper get(Object key) {
			var stamped = current(key);
			return stamped == null ? null : new SimpleValueWrapper(stamped.value());
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
			var stamped = current(key);
			return stamped == null ? null : (T) stamped.value();
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> @Nullable T get(Object key, Callable<T> loader) {
			var stamped = current(key);
			if (stamped != null) {
				return (T) stamped.value();
			}
			var generation = changes.generation();
			try {
				var loaded = loading.get(key, () -> load(key, loader), value -> value.generation() == generation);
				return loaded == null ? null : (T) loaded.value();
			}
			catch (ValueRetrievalException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new ValueRetrievalException(key, loader, ex);
			}
		}

		/** Reads the value, stamped with the generation current before it was read. */
		private Stamped load(Object key, Callable<?> loader) {
			var generation = changes.generation();
			var listening = changes.isListening();
			Object value;
			try {
				value = loader.call();
			}
			catch (Exception ex) {
				throw new ValueRetrievalException(key, loader, ex);
			}
			var stamped = new Stamped(generation, value);
			if (listening) {
				values.put(key, stamped);
			}
			return stamped;
		}

		private @Nullable Stamped current(Object key) {
			var stamped = values.getIfPresent(key);
			return stamped != null && changes.isListening() && stamped.generation() == changes.generation() ? stamped
					: null;
		}

		@Override
		public void put(Object key, @Nullable Object value) {
			// not stamped with the generation the value was read under: not kept
		}

		@Override
		public void evict(Object key) {
			values.invalidate(key);
		}

		@Override
		public void clear() {
			values.invalidateAll();
		}

	}

}
