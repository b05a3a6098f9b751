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

	ManageArticlesController(ArticleEditing editing) {
		this.editing = editing;
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
	String create(Model model) {
		model.addAttribute("form", ArticleForm.empty());
		model.addAttribute("status", "NEW");
		return FORM;
	}

	@PostMapping("/manage/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam(name = "cover", required = false) @Nullable MultipartFile cover,
			@RequestParam(name = "stagedCover", required = false) @Nullable UUID stagedCover,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("status", "NEW");
		return saved(null, form, errors, action, cover, stagedCover, false, authentication, model, response, redirect);
	}

	@GetMapping("/manage/articles/{slug}")
	String edit(@PathVariable String slug, Authentication authentication, Model model) {
		model.addAttribute("form", editing.form(slug, me(authentication), admin(authentication)));
		describe(slug, authentication, model);
		return FORM;
	}

	@PostMapping("/manage/articles/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@RequestParam(name = "cover", required = false) @Nullable MultipartFile cover,
			@RequestParam(name = "stagedCover", required = false) @Nullable UUID stagedCover,
			@RequestParam(name = "removeCover", defaultValue = "false") boolean removeCover,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		describe(slug, authentication, model);
		return saved(slug, form, errors, action, cover, stagedCover, removeCover, authentication, model, response,
				redirect);
	}

	/**
	 * Saves, or previews: an uploaded cover is staged first, so that a preview or a form
	 * refused for another reason shows it again instead of losing it.
	 */
	private String saved(@Nullable String slug, ArticleForm form, BindingResult errors, String action,
			@Nullable MultipartFile cover, @Nullable UUID stagedCover, boolean removeCover,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var uploaded = bytes(cover);
		var staged = uploaded != null ? editing.stageCover(uploaded, me(authentication), errors)
				: editing.stagedCover(stagedCover, me(authentication));
		model.addAttribute("stagedCover", staged);
		if (staged != null) {
			model.addAttribute("coverPath", ImageUpload.path(staged));
		}
		if ("preview".equals(action)) {
			model.addAttribute("previewHtml", Markdown.toSafeHtml(Objects.requireNonNullElse(form.body(), "")));
			if (errors.hasErrors()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			return FORM;
		}
		editing.checkComplete(slug, form, me(authentication), admin(authentication), action(action), errors);
		var article = errors.hasErrors() ? null : editing.save(slug, form, staged, removeCover && staged == null,
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

	/** An article in the author's list. */
	public record Row(String slug, String title, String status, java.time.Instant updatedAt,
			java.time.@Nullable Instant scheduledAt) {
	}

}
