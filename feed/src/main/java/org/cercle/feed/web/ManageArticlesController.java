package org.cercle.feed.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.shared.Markdown;
import org.cercle.community.Role;
import org.cercle.community.Viewer;
import org.cercle.feed.image.ImageUpload;

import org.cercle.feed.article.ArticleEditing;
import org.cercle.feed.article.ArticleForm;

/**
 * {@code /manage/articles}: authors and admins (checked in the security configuration)
 * write in Markdown, preview with the public page's renderer, save drafts, schedule,
 * publish and archive.
 */
@Controller
class ManageArticlesController {

	static final String FORM = "feed/manage/form";

	private final ArticleEditing editing;

	private final EditorImages images;

	private final org.cercle.feed.image.Figures figures;

	ManageArticlesController(ArticleEditing editing, EditorImages images, org.cercle.feed.image.Figures figures) {
		this.editing = editing;
		this.images = images;
		this.figures = figures;
	}

	@GetMapping("/manage/articles")
	String list(Authentication authentication, Model model) {
		model.addAttribute("articles",
				editing.listFor(me(authentication), admin(authentication))
					.stream()
					.map(article -> new Row(article.slug(), article.title(), article.status().name(),
							article.updatedAt(), article.scheduledAt()))
					.toList());
		return "feed/manage/list";
	}

	@GetMapping("/manage/articles/new")
	String create(Authentication authentication, Model model) {
		model.addAttribute("form", ArticleForm.empty());
		model.addAttribute("status", "NEW");
		images.offer(me(authentication), admin(authentication), model);
		return FORM;
	}

	@PostMapping("/manage/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam(name = "cover", required = false) @Nullable MultipartFile cover,
			@RequestParam(name = "stagedCover", required = false) @Nullable UUID stagedCover,
			@ModelAttribute("image") InlineImageForm image, Authentication authentication, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("status", "NEW");
		return saved(null, form, errors, action, new Covers(cover, stagedCover, false), image, authentication, model,
				response, redirect);
	}

	@GetMapping("/manage/articles/{slug}")
	String edit(@PathVariable String slug, Authentication authentication, Model model) {
		model.addAttribute("form", editing.form(slug, me(authentication), admin(authentication)));
		describe(slug, authentication, model);
		images.offer(me(authentication), admin(authentication), model);
		return FORM;
	}

	@PostMapping("/manage/articles/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam(name = "cover", required = false) @Nullable MultipartFile cover,
			@RequestParam(name = "stagedCover", required = false) @Nullable UUID stagedCover,
			@RequestParam(name = "removeCover", defaultValue = "false") boolean removeCover,
			@ModelAttribute("image") InlineImageForm image, Authentication authentication, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		describe(slug, authentication, model);
		return saved(slug, form, errors, action, new Covers(cover, stagedCover, removeCover), image, authentication,
				model, response, redirect);
	}

	/**
	 * Saves, or previews: an uploaded cover is staged first, so that a preview or a form
	 * refused for another reason shows it again instead of losing it.
	 */
	private String saved(@Nullable String slug, ArticleForm form, BindingResult errors, String action, Covers covers,
			InlineImageForm image, Authentication authentication, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var uploaded = bytes(covers.cover());
		var staged = uploaded != null ? editing.stageCover(uploaded, me(authentication), errors)
				: editing.stagedCover(covers.staged(), me(authentication));
		model.addAttribute("stagedCover", staged);
		if (staged != null) {
			model.addAttribute("coverPath", ImageUpload.path(staged));
		}
		if (EditorImages.handles(action)) {
			images.insert(action, form, image, me(authentication), admin(authentication), model, response);
			return FORM;
		}
		images.offer(me(authentication), admin(authentication), model);
		if ("preview".equals(action)) {
			model.addAttribute("previewHtml",
					figures.enrich(Markdown.toSafeHtml(Objects.requireNonNullElse(form.body(), ""))));
			if (errors.hasErrors()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			return FORM;
		}
		editing.checkComplete(slug, form, me(authentication), admin(authentication), action(action), errors);
		var article = errors.hasErrors() ? null : editing.save(slug, form, staged, covers.remove() && staged == null,
				me(authentication), admin(authentication), action(action), errors);
		if (article == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return FORM;
		}
		redirect.addFlashAttribute("notice", "feed.editor.done." + article.status().name());
		return "redirect:/manage/articles/" + article.slug();
	}

	private void describe(String slug, Authentication authentication, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("status", editing.status(slug, me(authentication), admin(authentication)).name());
		var cover = editing.cover(slug, me(authentication), admin(authentication));
		model.addAttribute("coverPath", cover == null ? null : ImageUpload.path(cover));
	}

	private static ArticleEditing.Action action(String action) {
		try {
			return ArticleEditing.Action.valueOf(action.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "feed.editor.unknown-action");
		}
	}

	private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "feed.cover.unreadable");
		}
	}

	private static UUID me(Authentication authentication) {
		return Objects.requireNonNull(Viewer.memberId(authentication));
	}

	private static boolean admin(Authentication authentication) {
		return Viewer.holds(authentication, Role.ADMIN);
	}

	/** The cover part of the editor's form: a new file, a staged one, or « retirer ». */
	private record Covers(@Nullable MultipartFile cover, @Nullable UUID staged, boolean remove) {
	}

	/** An article in the author's list. */
	public record Row(String slug, String title, String status, java.time.Instant updatedAt,
			java.time.@Nullable Instant scheduledAt) {
	}

}
