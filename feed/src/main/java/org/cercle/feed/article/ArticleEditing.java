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
	/**
	 * Checks an uploaded cover and keeps it staged for this author (see
	 * {@link ImageUpload#stage}); returns its id, or null with a field error when
	 * refused.
	 */
	public @Nullable UUID stageCover(byte[] cover, UUID member, Errors errors) {
		try {
			return images.stage(images.accept(cover, member), clock.instant());
		}
		catch (ImageUpload.Refused refused) {
			errors.rejectValue("coverAlt", refused.reason());
			return null;
		}
	}

	/**
	 * The staged cover if this member uploaded it, else null (a forged id is ignored).
	 */
	public @Nullable UUID stagedCover(@Nullable UUID id, UUID member) {
		return id != null && images.stagedBy(id, member) ? id : null;
	}

	/** Forgets, each night, the covers staged a day ago that no article took. */
	@org.springframework.scheduling.annotation.Scheduled(cron = "${cercle.images.purge-cron:0 17 4 * * *}",
			zone = "Europe/Zurich")
	@net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "feed.staged-images", lockAtMostFor = "PT10M")
	public void forgetUnusedCovers() {
		images.forgetStagedBefore(clock.instant().minus(java.time.Duration.ofDays(1)));
	}

	@Nullable public Article save(@Nullable String slug, ArticleForm form, @Nullable UUID stagedCover, boolean removeCover,
			UUID member, boolean admin, Action action, Errors errors) {
		var publishAt = form.publishInstant();
		if (action == Action.SCHEDULE && (publishAt == null || !publishAt.isAfter(clock.instant()))) {
			errors.rejectValue("publishAt", "feed.form.publish-at.future");
		}
		if (errors.hasErrors()) {
			return null; // nothing saved but the staged cover, offered again with the
							// form
		}
		var title = Objects.requireNonNull(form.title()).strip();
		var article = slug == null ? created(title, form, member) : edited(slug, title, form, member, admin);
		if (stagedCover != null) {
			article.cover(stagedCover, blankToNull(form.coverAlt()));
			images.attach(stagedCover);
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

	/**
	 * Adds the errors of what readers would see incomplete: an article published or
	 * scheduled (or about to be) needs its summary and its text; a draft its title alone.
	 */
	public void checkComplete(@Nullable String slug, ArticleForm form, UUID member, boolean admin, Action action,
			Errors errors) {
		if (!readersWillSee(slug, member, admin, action)) {
			return;
		}
		if (form.summary() == null || form.summary().isBlank()) {
			errors.rejectValue("summary", "feed.form.summary.required");
		}
		if (form.body() == null || form.body().isBlank()) {
			errors.rejectValue("body", "feed.form.body.required");
		}
	}

	/**
	 * Whether the article is, or is about to be, shown to readers (published, scheduled):
	 * then it needs its summary and body; a draft needs its title alone.
	 */
	private boolean readersWillSee(@Nullable String slug, UUID member, boolean admin, Action action) {
		if (action == Action.PUBLISH || action == Action.SCHEDULE) {
			return true;
		}
		if (slug == null || action == Action.UNSCHEDULE || action == Action.ARCHIVE) {
			return false;
		}
		var status = editable(slug, member, admin).status();
		return status == Article.Status.PUBLISHED || status == Article.Status.SCHEDULED;
	}

	private Article created(String title, ArticleForm form, UUID author) {
		var article = new Article(slugs.unique(title), title, Objects.requireNonNullElse(form.summary(), "").strip(),
				Objects.requireNonNullElse(form.body(), ""), new MemberId(author), clock.instant());
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
		article.edit(title, Objects.requireNonNullElse(form.summary(), "").strip(),
				Objects.requireNonNullElse(form.body(), ""), form.tagNames().stream().map(tags::named).toList(),
				clock.instant());
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
					publisher.publishEvent(new org.cercle.feed.ArticleWithdrawn(article.published().article()));
				}
			}
			case SAVE -> {
				if (article.isPublished()) {
					publisher.publishEvent(new org.cercle.feed.ArticleRevised(article.published().article()));
				}
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
