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
 * buffer that holds a whole page (headers and body) sends it in one
 * ({@code cercle.socket-write-buffer}, 64 KB; one per open connection).
 */
@Configuration(proxyBeanMethods = false)
class SocketWrites {

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(@Value("${cercle.socket-write-buffer:64KB}") DataSize size) {
		return connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(size.toBytes()));
	}

}
