package org.cercle.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;

import org.cercle.community.account.TestMembers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs a member in through the real sign-in form of a running instance and gives the
 * cookies a browser would then send, for requests made by other means than HttpClient.
 */
public final class SignedInCookies {

	private SignedInCookies() {
	}

	public static String of(int port, String handle) throws Exception {
		var cookies = new CookieManager();
		var http = HttpClient.newBuilder().cookieHandler(cookies).build();
		var login = URI.create("http://localhost:" + port + "/login");
		var form = http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString());
		var token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
		var body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&username=" + handle + "&password="
				+ URLEncoder.encode(TestMembers.PASSWORD, StandardCharsets.UTF_8);
		var signIn = http.send(HttpRequest.newBuilder(login)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		return String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
	}

}
