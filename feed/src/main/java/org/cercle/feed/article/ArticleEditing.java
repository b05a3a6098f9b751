package org.cercle.feed.article;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.MemberId;
import org.cercle.community.Slugs;
import org.cercle.feed.tag.Tags;

/** Authors write, edit and publish their own articles; admins may edit every article. */
@Service
@Transactional
class ArticleEditing {

	static final int LISTED = 200;

	private final Articles articles;

	private final Tags tags;

	private final Clock clock;

	ArticleEditing(Articles articles, Tags tags, Clock clock) {
		this.articles = articles;
		this.tags = tags;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Article> listFor(UUID member, boolean admin) {
		return articles.editableBy(admin ? null : member, Limit.of(LISTED));
	}

	@Transactional(readOnly = true)
	ArticleForm form(String slug, UUID member, boolean admin) {
		return ArticleForm.of(editable(slug, member, admin));
	}

	Article create(ArticleForm form, UUID author, boolean publish) {
		var title = Objects.requireNonNull(form.title()).strip();
		var article = new Article(Slugs.unique(title, articles::existsBySlug), title,
				Objects.requireNonNull(form.summary()).strip(), Objects.requireNonNull(form.body()), new MemberId(author),
				clock.instant());
		form.tagNames().forEach(name -> article.tag(tags.named(name)));
		if (publish) {
			article.publish(clock.instant());
		}
		return articles.save(article);
	}

	Article update(String slug, ArticleForm form, UUID member, boolean admin, boolean publish) {
		var article = editable(slug, member, admin);
		article.edit(Objects.requireNonNull(form.title()).strip(), Objects.requireNonNull(form.summary()).strip(),
				Objects.requireNonNull(form.body()), form.tagNames().stream().map(tags::named).toList(), clock.instant());
		if (publish && !article.isPublished()) {
			article.publish(clock.instant());
		}
		return article;
	}

	@Transactional(readOnly = true)
	String status(String slug, UUID member, boolean admin) {
		return editable(slug, member, admin).isPublished() ? "PUBLISHED" : "DRAFT";
	}

	private Article editable(String slug, UUID member, boolean admin) {
		var article = articles.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.error.article-not-found"));
		if (!admin && !article.writtenBy(member)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "feed.editor.not-yours");
		}
		return article;
	}

}
