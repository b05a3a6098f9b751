package org.cercle.app.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cercle.community.account.TestMembers;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat cannot decode, or too large to read, are answered in French with 400 or
 * 413 and logged in one line (#15, point 11), through the real server: MockMvc never
 * decodes a query string as Tomcat does.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Test
	void aQueryThatIsNotUtf8IsAFrench400ForReadersAndMembersAlikeLoggedInOneLine(CapturedOutput output)
			throws Exception {
		var member = members.create("octets");
		var signedIn = signedIn(member.handle());
		for (var client : new HttpClient[] { HttpClient.newHttpClient(), signedIn }) {
			for (var path : new String[] { "/search?q=%ff", "/account?tab=%ff", "/?x=%C3%28" }) {
				var response = client.send(page(path).GET().build(), HttpResponse.BodyHandlers.ofString());
				if (client != signedIn && path.startsWith("/account")) {
					continue; // an anonymous reader is first sent to sign in
				}
				assertThat(response.statusCode()).as(path).isEqualTo(400);
				assertThat(Jsoup.parse(response.body()).select("p.lead").text()).as(path)
					.startsWith("Cette adresse ou ce formulaire contient des caractères illisibles");
			}
		}
		assertThat(output.getOut()).contains("400 GET /search from").doesNotContain("InvalidParameterException:");

		var traced = HttpClient.newHttpClient()
			.send(page("/?x=%ff").header("X-Request-Id", "essai-identifiant-42").GET().build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(traced.headers().firstValue("X-Request-Id")).as("the proxy's id is kept")
			.hasValue("essai-identifiant-42");
		assertThat(output.getOut().lines().filter(line -> line.contains("400 GET / from")))
			.anyMatch(line -> line.contains("[essai-identifiant-42]"));
		var fresh = HttpClient.newHttpClient()
			.send(page("/events").GET().build(), HttpResponse.BodyHandlers.discarding());
		assertThat(fresh.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
		assertThat(output.getOut().lines().filter(line -> line.startsWith("\tat org.apache.tomcat"))).isEmpty();
	}

	@Test
	void aFormOverTwoMegabytesOrAnUploadOverTwentyFiveIsAFrench413(CapturedOutput output) throws Exception {
		var form = "username=x&password=" + "a".repeat(3 * 1024 * 1024);
		var tooLargeForm = HttpClient.newHttpClient()
			.send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLargeForm.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(tooLargeForm.body()).select("p.lead").text())
			.startsWith("Ce formulaire ou ce fichier est trop volumineux");

		var member = members.create("lourd", org.cercle.community.Role.AUTHOR);
		var author = signedIn(member.handle());
		var boundary = "----cercle" + System.nanoTime();
		var picture = new byte[26 * 1024 * 1024];
		Arrays.fill(picture, (byte) 7);
		var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cover\"; filename=\"x.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		var tooLargeUpload = author
			.send(page("/manage/articles").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, picture, tail)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLargeUpload.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(tooLargeUpload.body()).select("p.lead").text())
			.startsWith("Ce formulaire ou ce fichier est trop volumineux");
		assertThat(output.getOut()).contains("413 POST /login from").contains("413 POST /manage/articles from");
		assertThat(output.getOut().lines().filter(line -> line.startsWith("\tat "))).isEmpty();
	}

	@Test
	void headAndOptionsOnPublicPagesAnswerLikeGet() throws Exception {
		var http = HttpClient.newHttpClient();
		for (var path : new String[] { "/", "/articles/la-communaute-au-coeur-de-l-organisation-2-0", "/events" }) {
			assertThat(http
				.send(page(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode()).as("HEAD " + path).isEqualTo(200);
			assertThat(http
				.send(page(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode()).as("OPTIONS " + path).isEqualTo(200);
		}
		assertThat(http
			.send(page("/account").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode()).as("a member's page stays closed").isEqualTo(302);
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
	}

	private HttpClient signedIn(String handle) throws Exception {
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var form = http.send(page("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
		var token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
		var body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&username=" + handle + "&password="
				+ URLEncoder.encode(TestMembers.PASSWORD, StandardCharsets.UTF_8);
		var signIn = http.send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		return http;
	}

}
