package org.cercle.feed.wordpress;

import java.time.Clock;
import java.util.HashMap;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

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
import org.cercle.feed.image.ImageUpload;
import org.cercle.shared.Markdown;

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

	private final Articles articles;

	private final Tags tags;

	private final CommentImport comments;

	private final MemberDirectory members;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ArticleSlugs slugs;

	private final LegacyAddresses legacy;

	private final ImageUpload images;

	WordPressImport(Articles articles, Tags tags, CommentImport comments, MemberDirectory members, Clock clock,
			JdbcClient jdbc, ArticleSlugs slugs, LegacyAddresses legacy, ImageUpload images) {
		this.legacy = legacy;
		this.images = images;
		this.slugs = slugs;
		this.jdbc = jdbc;
		this.articles = articles;
		this.tags = tags;
		this.comments = comments;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Imports an export file and, when given, the site's uploads folder as a zip: its
	 * images are stored here and the articles point to them. Run by {@link ImportJobs}.
	 */
	ImportReport importFile(byte[] file, byte @Nullable [] uploads, UUID admin, ImportProgress progress) {
		WordPressExport.Export export;
		try {
			export = WordPressExport.read(file);
		}
		catch (WordPressExport.Unreadable unreadable) {
			throw new ImportRefused(Kind.INVALID, "feed.import.unreadable");
		}
		var report = new ImportReport.Builder();
		var posts = export.posts();
		var media = new java.util.HashMap<String, WordPressExport.Attachment>();
		export.attachments().forEach(attachment -> media.put(attachment.id(), attachment));
		var removed = new java.util.TreeSet<String>();
		var imported = alreadyImported(posts);
		var anyNew = posts.stream().anyMatch(post -> !imported.contains(post.source()));
		// media once, with the posts that use them: a second import of the same export
		// stores nothing again
		var stored = anyNew ? media(export.attachments(), uploads, admin, report, progress)
				: java.util.Map.<String, String>of();
		int done = 0;
		for (var post : posts) {
			if (++done % 25 == 0) {
				progress.posts(done);
			}
			if (!imported.add(post.source())) {
				report.skipped++;
				continue;
			}
			var article = article(post, admin, report,
					MediaAddresses.rewrite(Shortcodes.expand(post.bodyHtml(), media, removed), stored));
			remember(post, article.id());
			legacy.remember(post, article.id());
			report.comments += comments(post, article.id());
		}
		export.pages().forEach(page -> report.note("feed.import.note.page", page));
		removed.forEach(shortcode -> report.note("feed.import.note.shortcode", "[" + shortcode + "]"));
		progress.posts(posts.size());
		return report.build();
	}

	/**
	 * Stores the export's images found in the uploads zip; returns their new addresses by
	 * their path below {@code uploads/}. Those not found, or refused, are left behind.
	 */
	private java.util.Map<String, String> media(java.util.List<WordPressExport.Attachment> attachments,
			byte @Nullable [] uploads, UUID admin, ImportReport.Builder report, ImportProgress progress) {
		var files = uploads == null ? java.util.Map.<String, byte[]>of() : UploadsArchive.images(uploads);
		var stored = new HashMap<String, String>();
		for (var attachment : attachments) {
			var path = MediaAddresses.uploadsPath(attachment.url());
			var bytes = path == null ? null : files.get(path);
			if (bytes == null) {
				report.media.add(attachment.url());
				continue;
			}
			try {
				stored.put(path, ImageUpload.path(images.store(images.accept(bytes, admin))));
				report.mediaImported++;
			}
			catch (ImageUpload.Refused refused) {
				report.media.add(attachment.url());
			}
			progress.media(report.mediaImported + report.media.size());
		}
		return stored;
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

	private Article article(WordPressExport.Post post, UUID admin, ImportReport.Builder report, String html) {
		var title = post.title().isBlank() ? "Sans titre" : post.title().strip();
		var body = Markdown.sanitizeHtml(Paragraphs.wpautop(html));
		var summary = Summaries
			.of(post.excerpt().isBlank() ? Jsoup.parse(body).text() : Jsoup.parse(post.excerpt()).text(), title);
		var author = post.creator() == null ? null : members.findByHandle(post.creator()).orElse(null);
		var slug = slugs.unique(post.slug() != null ? post.slug() : title);
		var article = Article.imported(slug, title, summary, body.isBlank() ? "<p>" + title + "</p>" : body,
				author == null || author.deleted() ? new MemberId(admin) : author.id(), clock.instant());
		post.tags()
			.stream()
			.map(String::strip)
			.filter(name -> name.length() <= 50)
			.distinct()
			.limit(10)
			.forEach(name -> article.tag(tags.named(name)));
		place(post, article, report, title);
		if (post.sticky()) {
			report.note("feed.import.note.sticky", title);
		}
		return articles.saveAndFlush(article); // in the database before the import record
												// refers to it
	}

	/**
	 * Published posts keep their date; a password-protected or private post is never
	 * public here (a draft, said in the report); a scheduled one stays scheduled.
	 */
	private void place(WordPressExport.Post post, Article article, ImportReport.Builder report, String title) {
		var now = clock.instant();
		if (post.passwordProtected()) {
			report.drafts++;
			report.note("feed.import.note.protected", title);
		}
		else if ("private".equals(post.status())) {
			report.drafts++;
			report.note("feed.import.note.private", title);
		}
		else if (post.published()) {
			article.publish(post.date() != null ? post.date() : now);
			report.published++;
		}
		else if ("future".equals(post.status()) && post.date() != null && post.date().isAfter(now)) {
			article.schedule(post.date(), now);
			report.scheduled++;
			report.note("feed.import.note.scheduled", title);
		}
		else {
			report.drafts++;
			report.note("future".equals(post.status()) ? "feed.import.note.schedule-passed" : "feed.import.note.draft",
					title);
		}
	}

	/**
	 * Comments keep one level of replies, as Cercle shows them: a reply to a reply is
	 * attached to the thread's first comment and says whom it answers. Links keep their
	 * address; a pingback keeps its source.
	 */
	private int comments(WordPressExport.Post post, UUID article) {
		var ids = new HashMap<String, UUID>();
		var topOf = new HashMap<String, String>();
		var authors = new HashMap<String, String>();
		int count = 0;
		for (var comment : post.comments()) {
			var top = topOf.getOrDefault(comment.parent(), comment.id());
			topOf.put(comment.id(), top);
			var author = comment.author().isBlank() ? "Anonyme" : comment.author().strip();
			authors.put(comment.id(), author);
			var parent = top.equals(comment.id()) ? null : ids.get(top);
			var text = CommentText.of(comment, !"0".equals(comment.parent()) && !comment.parent().equals(top)
					? authors.get(comment.parent()) : null);
			if (text.isEmpty()) {
				continue;
			}
			var at = comment.date() != null ? comment.date() : clock.instant();
			ids.put(comment.id(), comments.add(article, parent, author,
					text.length() > 5000 ? text.substring(0, 5000) : text, at, comment.approved()));
			count++;
		}
		return count;
	}

}
