package org.cercle.testsupport;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text members might post, from the usual catalogues (script tags, event
 * handlers, {@code javascript:} and {@code data:} links, SVG, style, malformed tags,
 * entities), and the check that a rendered page holds none of it as live markup.
 */
public final class XssPayloads {

	public static final List<String> ALL = List.of("<script>alert(1)</script>",
			"<SCRIPT SRC=https://xss.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
			"<img src=\"javascript:alert(1)\">", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
			"<body onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<a href=\"javascript:alert(1)\">clic</a>", "[clic](javascript:alert(1))", "[clic](JaVaScRiPt:alert(1))",
			"[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[clic](vbscript:msgbox(1))",
			"![image](javascript:alert(1))", "<div style=\"background:url(javascript:alert(1))\">x</div>",
			"<style>body{background:red}</style>", "<link rel=stylesheet href=https://xss.example/x.css>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<input onfocus=alert(1) autofocus>",
			"<details open ontoggle=alert(1)>", "<object data=\"javascript:alert(1)\"></object>",
			"<embed src=\"javascript:alert(1)\">", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<<script>script>alert(1)<</script>/script>", "<scr<script>ipt>alert(1)</scr</script>ipt>",
			"<img \"\"\"><script>alert(1)</script>\">", "&lt;script&gt;alert(1)&lt;/script&gt;",
			"&#60;script&#62;alert(1)&#60;/script&#62;", "[clic](&#106;avascript:alert(1))",
			"<a href=\"&#x6A;avascript:alert(1)\">x</a>", "<p onclick=\"alert(1)\">paragraphe</p>",
			"<video><source onerror=\"alert(1)\"></video>", "<base href=\"javascript:alert(1)//\">",
			"`<script>alert(1)</script>` et ```\n<script>alert(1)</script>\n```",
			"<a href=\"https://exemple.ch\" onmouseover=\"alert(1)\">survol</a>", "\"><svg/onload=alert(1)>");

	private XssPayloads() {
	}

	/**
	 * Fails when the part of the page holds a script, an event handler or a script or
	 * data URL.
	 */
	public static void assertHarmless(Document page, String selector) {
		var parts = page.select(selector);
		assertThat(parts).as("rendered parts " + selector).isNotEmpty();
		for (Element part : parts) {
			assertThat(part.select("script, iframe, object, embed, style, link, meta, base, form, input, svg, math"))
				.as("dangerous elements in " + part.outerHtml())
				.isEmpty();
			for (Element element : part.getAllElements()) {
				element.attributes().forEach(attribute -> {
					assertThat(attribute.getKey().toLowerCase()).as("event handler in " + element.outerHtml())
						.doesNotStartWith("on");
					var value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
					assertThat(value).as("script URL in " + element.outerHtml())
						.doesNotStartWith("javascript:")
						.doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
					assertThat(attribute.getKey().toLowerCase()).isNotEqualTo("style");
				});
			}
		}
	}

}
