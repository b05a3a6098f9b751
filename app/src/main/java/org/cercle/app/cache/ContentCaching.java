package org.cercle.app.cache;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What is shown alike to every visitor is read once and reused until the database says
 * something changed: whole anonymous pages ({@link PageCache}) and, for signed-in members
 * too, the reads the modules mark {@code @Cacheable} ({@link ContentCaches}).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ContentCaching {

	@Bean
	ContentChanges contentChanges(JdbcConnectionDetails database,
			@Value("${cercle.page-cache.reconnect-after:PT2S}") Duration reconnectAfter) {
		return new ContentChanges(database, reconnectAfter);
	}

	@Bean
	CacheManager cacheManager(ContentChanges changes, @Value("${cercle.content-cache.enabled:true}") boolean enabled,
			@Value("${cercle.page-cache.ttl:PT30S}") Duration ttl,
			@Value("${cercle.content-cache.max-entries:2000}") long maxEntries) {
		return enabled ? new ContentCaches(changes, ttl, maxEntries) : new NoOpCacheManager();
	}

}
