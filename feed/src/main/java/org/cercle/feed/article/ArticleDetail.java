package org.cercle.feed.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.cercle.community.MemberId;
import org.cercle.feed.Link;
import org.cercle.feed.image.ImageUpload;
import org.cercle.feed.StreamItem;

/**
 * An article as its own page shows it.
 *
 * @param id the article's identity
 * @param authorId the member who wrote it
 * @param card the article's title, summary, byline, tags and dates
 * @param bodyHtml the body rendered from Markdown and sanitised
 * @param updatedAt when the article was last edited
 * @param previous the article published just before, if any
 * @param next the article published just after, if any
 * @param related published articles sharing tags with this one
 * @param revisedAt when the published article was last edited, if it was
 * @param coverPath the cover image's address, if there is one
 * @param coverAlt the cover's description, empty when decorative
 * @param coverSize the cover's size in pixels, when known
 * @param showsLead whether the summary is shown above the body: not when it only repeats
 * the body's first words (an imported post without excerpt)
 * @param reportsOn the events this article is the write-up of, linked back to
 */
public record ArticleDetail(UUID id, MemberId authorId, StreamItem card, String bodyHtml, Instant updatedAt,
		@Nullable Link previous, @Nullable Link next, List<StreamItem> related, @Nullable Instant revisedAt,
		@Nullable String coverPath, String coverAlt, ImageUpload.@Nullable Size coverSize, boolean showsLead,
		List<Link> reportsOn) {

	public String slug() {
		return card.path().substring("/articles/".length());
	}

	public String title() {
		return card.title();
	}

	/** Whether a summary says more than the body's first words. */
	static boolean worthShowing(String summary, String bodyHtml) {
		var lead = summary.strip();
		if (lead.endsWith("…")) {
			lead = lead.substring(0, lead.length() - 1).strip();
		}
		var text = org.jsoup.Jsoup.parse(bodyHtml).text().strip().replaceAll("\\s+", " ");
		lead = lead.replaceAll("\\s+", " ");
		return lead.isEmpty() || !text.startsWith(lead);
	}

}
