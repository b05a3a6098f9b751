package org.cercle.feed.image;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the site's images in an article body into responsive figures: an image alone in
 * its paragraph becomes a {@code <figure>} whose caption and credit come from the
 * Markdown title ({@code ![alt](/images/… "Caption © Credit")}); every stored image gets
 * its {@code width}/{@code height} (the page keeps its place), a {@code srcset} of the
 * narrower copies with {@code sizes}, and loads lazily unless it opens the article. Runs
 * on sanitised HTML and only adds attributes whose values it makes itself.
 */
@Component
public class Figures {

	/** The article column is 42rem wide at most. */
	static final String SIZES = "(max-width: 44rem) 100vw, 42rem";

	private static final Pattern STORED = Pattern.compile("^/images/([0-9a-fA-F-]{36})$");

	/** Blocks above which an image is likely in view when the page opens. */
	private static final int EAGER_BLOCKS = 2;

	private final JdbcClient jdbc;

	/** Images never change once stored; a deleted one was used nowhere. */
	private final Cache<UUID, Optional<Layout>> layouts = Caffeine.newBuilder().maximumSize(20_000).build();

	Figures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The body with figures, sizes and {@code srcset}; unchanged when it shows no image.
	 */
	public String enrich(String html) {
		if (!html.contains("<img")) {
			return html;
		}
		var body = Jsoup.parseBodyFragment(html).body();
		body.ownerDocument().outputSettings().prettyPrint(false);
		for (var image : body.select("img")) {
			var paragraph = image.parent();
			var figure = paragraph != null && paragraph.tagName().equals("p") && alone(image, paragraph)
					? toFigure(image, paragraph) : null;
			stored(image).flatMap(this::layout).ifPresent(layout -> sized(image, layout));
			boolean opening = body.children().indexOf(topBlock(figure != null ? figure : image, body)) < EAGER_BLOCKS;
			image.attr("loading", opening ? "eager" : "lazy").attr("decoding", "async");
		}
		return body.html();
	}

	private static boolean alone(Element image, Element paragraph) {
		return paragraph.childrenSize() == 1 && paragraph.textNodes().stream().allMatch(text -> text.text().isBlank());
	}

	private static Element toFigure(Element image, Element paragraph) {
		var figure = new Element("figure");
		paragraph.replaceWith(figure);
		figure.appendChild(image);
		var title = image.attr("title").strip();
		image.removeAttr("title");
		if (title.isEmpty()) {
			return figure;
		}
		var caption = figure.appendElement("figcaption");
		int copyright = title.lastIndexOf('©');
		var text = (copyright < 0 ? title : title.substring(0, copyright)).strip();
		if (!text.isEmpty()) {
			caption.appendChild(new TextNode(text));
		}
		if (copyright >= 0) {
			if (!text.isEmpty()) {
				caption.appendText(" ");
			}
			caption.appendElement("small").addClass("credit").text(title.substring(copyright).strip());
		}
		return figure;
	}

	private static Element topBlock(Element element, Element body) {
		var block = element;
		while (block.parent() != null && block.parent() != body) {
			block = block.parent();
		}
		return block;
	}

	private static Optional<UUID> stored(Element image) {
		var matcher = STORED.matcher(image.attr("src"));
		return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
	}

	private Optional<Layout> layout(UUID id) {
		return layouts.get(id, this::read);
	}

	private Optional<Layout> read(UUID id) {
		var size = jdbc.sql("select width, height from feed_image where id = :id and width is not null")
			.param("id", id)
			.query((row, number) -> new int[] { row.getInt("width"), row.getInt("height") })
			.optional();
		if (size.isEmpty()) {
			return Optional.empty();
		}
		var widths = jdbc.sql("select width from feed_image_variant where image_id = :id order by width")
			.param("id", id)
			.query(Integer.class)
			.list();
		return Optional.of(new Layout(id, size.get()[0], size.get()[1], widths));
	}

	private static void sized(Element image, Layout layout) {
		image.attr("width", Integer.toString(layout.width())).attr("height", Integer.toString(layout.height()));
		if (layout.widths().isEmpty()) {
			return;
		}
		var srcset = new StringBuilder();
		for (int width : layout.widths()) {
			srcset.append(ImageUpload.path(layout.id()))
				.append('/')
				.append(width)
				.append(' ')
				.append(width)
				.append("w, ");
		}
		srcset.append(ImageUpload.path(layout.id())).append(' ').append(layout.width()).append('w');
		image.attr("srcset", srcset.toString()).attr("sizes", SIZES);
	}

	/** A stored image's size and the widths of its narrower copies. */
	record Layout(UUID id, int width, int height, List<Integer> widths) {
	}

}
