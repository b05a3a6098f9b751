package org.cercle.feed.article;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.cercle.community.MemberId;
import org.cercle.shared.Slugs;
import org.cercle.feed.image.Image;
import org.cercle.feed.image.ImageUpload;
import org.cercle.feed.tag.Tags;
import org.cercle.shared.Refusal.Kind;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Authors write, edit, schedule, publish and archive their own articles; admins may edit
 * every article. A published article whose title changes gets a new slug; the old one
 * answers 301.
 */
@Service
@Transactional
public class ArticleEditing {

	static final int LISTED = 200;

	/** What the author asked for with the form's button. */
	public enum Action {

		SAVE, PUBLISH, SCHEDULE, UNSCHEDULE, ARCHIVE

	}

	private final Articles articles;

	private final OldSlugs oldSlugs;

	private final Tags tags;

	private final ImageUpload images;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final ArticleSlugs slugs;

	ArticleEditing(Articles articles, OldSlugs oldSlugs, Tags tags, ImageUpload images, Clock clock,
			ApplicationEventPublisher publisher, ArticleSlugs slugs) {
		this.slugs = slugs;
		this.publisher = publisher;
		this.articles = articles;
		this.oldSlugs = oldSlugs;
		this.tags = tags;
		this.images = images;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Article> listFor(UUID member, boolean admin) {
		return articles.editableBy(admin ? null : member, Limit.of(LISTED));
	}

	@Transactional(readOnly = true)
	public ArticleForm form(String slug, UUID member, boolean admin) {
		return ArticleForm.of(editable(slug, member, admin));
	}

	@Transactional(readOnly = true)
	public Article.Status status(String slug, UUID member, boolean admin) {
		return editable(slug, member, admin).status();
	}

	@Transactional(readOnly = true)
	@Nullable public UUID cover(String slug, UUID member, boolean admin) {
		return editable(slug, member, admin).coverId();
	}

	/**
	 * Creates ({@code slug} null) or updates an article, then carries out the action.
	 * Returns {@code null} when the form is refused; the reasons are then in
	 * {@code errors} and nothing is saved.
	 */
	@Nullable public Article save(@Nullable String slug, ArticleForm form, byte @Nullable [] cover, boolean removeCover,
			UUID member, boolean admin, Action action, Errors errors) {
		var publishAt = form.publishInstant();
		if (action == Action.SCHEDULE && (publishAt == null || !publishAt.isAfter(clock.instant()))) {
			errors.rejectValue("publishAt", "feed.form.publish-at.future");
		}
		Image accepted = null;
		if (cover != null && cover.length > 0) {
			try {
				accepted = images.accept(cover, member);
			}
			catch (ImageUpload.Refused refused) {
				errors.rejectValue("coverAlt", refused.reason());
			}
		}
		if (errors.hasErrors()) {
			return null; // nothing stored, not even the cover
		}
		var title = Objects.requireNonNull(form.title()).strip();
		var article = slug == null ? created(title, form, member) : edited(slug, title, form, member, admin);
		if (accepted != null) {
			article.cover(images.store(accepted), blankToNull(form.coverAlt()));
		}
		else if (removeCover) {
			article.cover(null, null);
		}
		else if (article.coverId() != null) {
			article.cover(article.coverId(), blankToNull(form.coverAlt()));
		}
		apply(article, action, publishAt);
		return article;
	}

	private Article created(String title, ArticleForm form, UUID author) {
		var article = new Article(slugs.unique(title), title, Objects.requireNonNull(form.summary()).strip(),
				Objects.requireNonNull(form.body()), new MemberId(author), clock.instant());
		form.tagNames().forEach(name -> article.tag(tags.named(name)));
		return articles.save(article);
	}

	private Article edited(String slug, String title, ArticleForm form, UUID member, boolean admin) {
		var article = editable(slug, member, admin);
		if (!Slugs.of(title).equals(Slugs.of(article.title())) && !Slugs.of(title).equals(article.slug())) {
			var old = article.moveTo(slugs.unique(title));
			if (article.wasEverPublished()) {
				oldSlugs.save(new OldSlug(old, article.id(), clock.instant()));
			}
		}
		article.edit(title, Objects.requireNonNull(form.summary()).strip(), Objects.requireNonNull(form.body()),
				form.tagNames().stream().map(tags::named).toList(), clock.instant());
		return article;
	}

	private void apply(Article article, Action action, java.time.@Nullable Instant publishAt) {
		var now = clock.instant();
		switch (action) {
			case PUBLISH -> {
				if (!article.isPublished()) {
					article.publish(now);
					publisher.publishEvent(article.published());
				}
			}
			case SCHEDULE -> article.schedule(Objects.requireNonNull(publishAt), now);
			case UNSCHEDULE -> {
				if (article.status() == Article.Status.SCHEDULED) {
					article.unschedule(now);
				}
			}
			case ARCHIVE -> {
				if (article.isPublished()) {
					article.archive(now);
				}
			}
			case SAVE -> {
			}
		}
	}

	private Article editable(String slug, UUID member, boolean admin) {
		var article = articles.findBySlug(slug)
			.orElseThrow(() -> new ArticleRefused(Kind.NOT_FOUND, "feed.error.article-not-found"));
		if (!admin && !article.writtenBy(member)) {
			throw new ArticleRefused(Kind.NOT_ALLOWED, "feed.editor.not-yours");
		}
		return article;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
