package org.cercle.app.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat copies what a response writes into a buffer of its connection and writes that
 * buffer to the socket each time it is full: with its 8 KB default, a 29 KB article page
 * took four system calls, which cost more than everything else a cached page does. A
 * buffer that holds most pages whole (headers and body) sends each in one
 * ({@code cercle.socket-write-buffer}, 32 KB). Tomcat also keeps the buffers of closed
 * connections for new ones, 500 by default: 20 MB of heap with buffers this size, so it
 * keeps as many as there are request threads ({@code cercle.socket-buffers-kept}, 64).
 */
@Configuration(proxyBeanMethods = false)
class SocketWrites {

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(@Value("${cercle.socket-write-buffer:32KB}") DataSize size,
			@Value("${cercle.socket-buffers-kept:64}") int kept) {
		return connector -> {
			connector.setProperty("socket.appWriteBufSize", String.valueOf(size.toBytes()));
			connector.setProperty("socket.bufferPool", String.valueOf(kept));
		};
	}

}
