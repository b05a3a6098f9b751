import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.startup.Tomcat;

/**
 * The ceiling of any page Cercle serves from memory: the embedded Tomcat of the packaged
 * application, with the connector settings Cercle gives it (64 threads, 32 KB socket write
 * buffer), and one servlet that writes a file's bytes with their length, and nothing else
 * (no Spring, no filter, no session). Run by bench/servlet-ceiling.sh:
 * {@code java -cp 'lib/*' bench/TomcatCeiling.java <port> <file>}.
 */
public class TomcatCeiling {

	public static void main(String[] args) throws Exception {
		var port = Integer.parseInt(args[0]);
		var page = Files.readAllBytes(Path.of(args[1]));
		var tomcat = new Tomcat();
		tomcat.setBaseDir(Files.createTempDirectory("tomcat-ceiling").toString());
		tomcat.setPort(port);
		var connector = tomcat.getConnector();
		connector.setProperty("address", "127.0.0.1");
		connector.setProperty("maxThreads", "64");
		connector.setProperty("socket.appWriteBufSize", String.valueOf(32 * 1024));
		connector.setProperty("socket.bufferPool", "64");
		var context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "page", new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response)
					throws java.io.IOException {
				response.setContentType("text/html;charset=UTF-8");
				response.setContentLength(page.length);
				response.getOutputStream().write(page);
			}
		});
		context.addServletMappingDecoded("/*", "page");
		tomcat.start();
		System.out.println("ready on 127.0.0.1:" + port);
		tomcat.getServer().await();
	}

}
