package org.cercle.feed.wordpress;

import java.time.Clock;
import java.util.HashMap;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.feed.comment.CommentImport;
import org.cercle.feed.tag.Tags;

import org.cercle.feed.article.Article;
import org.cercle.feed.article.Articles;
import org.cercle.shared.Refusal.Kind;
import org.cercle.feed.article.ArticleSlugs;

/**
 * Brings a WordPress site's history into Cercle: every post (published ones stay
 * published with their date, others become drafts), its tags and categories as tags, and
 * its approved or pending comments (replies nested deeper than one level are attached to
 * their top-level comment). Bodies are sanitised on the way in; a post's author is the
 * member with the same handle, else the admin who imports. One transaction: a file
 * imports completely or not at all. A post already imported (known by its GUID, else its
 * site and id) is skipped, so the same export can be sent again.
 */
@Service
@Transactional
public class WordPressImport {

	static final int SUMMARY_MAX = 300;

	private final Articles articles;

	private final Tags tags;

	private final CommentImport comments;

	private final MemberDirectory members;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ArticleSlugs slugs;

	WordPressImport(Articles articles, Tags tags, CommentImport comments, MemberDirectory members, Clock clock,
			JdbcClient jdbc, ArticleSlugs slugs) {
		this.slugs = slugs;
		this.jdbc = jdbc;
		this.articles = articles;
		this.tags = tags;
		this.comments = comments;
		this.members = members;
		this.clock = clock;
	}

	public Report importFile(byte[] file, UUID admin) {
		java.util.List<WordPressExport.Post> posts;
		try {
			posts = WordPressExport.posts(file);
		}
		catch (WordPressExport.Unreadable unreadable) {
			throw new ImportRefused(Kind.INVALID, "feed.import.unreadable");
		}
		int published = 0;
		int drafts = 0;
		int commentCount = 0;
		int skipped = 0;
		var imported = alreadyImported(posts);
		for (var post : posts) {
			if (!imported.add(post.source())) {
				skipped++;
				continue;
			}
			var article = article(post, admin);
			remember(post, article.id());
			if (article.isPublished()) {
				published++;
			}
			else {
				drafts++;
			}
			commentCount += comments(post, article.id());
		}
		return new Report(published, drafts, commentCount, skipped);
	}

	/**
	 * Posts imported before, from an earlier export of the same site, are left as they
	 * are now.
	 */
	private java.util.Set<String> alreadyImported(java.util.List<WordPressExport.Post> posts) {
		if (posts.isEmpty()) {
			return new java.util.HashSet<>();
		}
		return new java.util.HashSet<>(jdbc.sql("select source from feed_article_import where source in (:sources)")
			.param("sources", posts.stream().map(WordPressExport.Post::source).toList())
			.query(String.class)
			.list());
	}

	private void remember(WordPressExport.Post post, UUID article) {
		jdbc.sql("insert into feed_article_import (source, article_id, imported_at) values (:source, :article, :at)")
			.param("source", post.source())
			.param("article", article)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	private Article article(WordPressExport.Post post, UUID admin) {
		var title = post.title().isBlank() ? "Sans titre" : post.title().strip();
		var body = Jsoup.clean(post.bodyHtml(), "https://cercle.invalid/",
				Safelist.relaxed().preserveRelativeLinks(true));
		var text = Jsoup.parse(body).text();
		var summary = !post.excerpt().isBlank() ? Jsoup.parse(post.excerpt()).text() : text;
		summary = summary.isBlank() ? title
				: summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
		var author = post.creator() == null ? null : members.findByHandle(post.creator()).orElse(null);
		var slug = slugs.unique(post.slug() != null ? post.slug() : title);
		var article = new Article(slug, title, summary, body.isBlank() ? title : body,
				author == null || author.deleted() ? new MemberId(admin) : author.id(), clock.instant());
		post.tags()
			.stream()
			.map(String::strip)
			.filter(name -> name.length() <= 50)
			.distinct()
			.limit(10)
			.forEach(name -> article.tag(tags.named(name)));
		if (post.published()) {
			article.publish(post.date() != null ? post.date() : clock.instant());
		}
		return articles.saveAndFlush(article); // in the database before the import record
												// refers to it
	}

	private int comments(WordPressExport.Post post, UUID article) {
		var ids = new HashMap<String, UUID>();
		var topOf = new HashMap<String, String>();
		int count = 0;
		for (var comment : post.comments()) {
			var top = topOf.getOrDefault(comment.parent(), comment.id());
			topOf.put(comment.id(), top);
			var parent = top.equals(comment.id()) ? null : ids.get(top);
			var text = Jsoup.parse(comment.html()).wholeText().strip();
			if (text.isEmpty()) {
				continue;
			}
			var at = comment.date() != null ? comment.date() : clock.instant();
			ids.put(comment.id(),
					comments.add(article, parent, comment.author().isBlank() ? "Anonyme" : comment.author().strip(),
							text.length() > 5000 ? text.substring(0, 5000) : text, at, comment.approved()));
			count++;
		}
		return count;
	}

	/** What an import brought in. */
	public record Report(int published, int drafts, int comments, int skipped) implements java.io.Serializable {
	}

}
