package org.cercle.feed.article;

import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Markdown;
import org.cercle.community.Viewer;

/**
 * {@code /manage/articles}: authors and admins (checked in the security configuration) write in
 * Markdown, preview with the public page's renderer, save drafts and publish.
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
		model.addAttribute("articles", editing.listFor(me(authentication), admin(authentication))
			.stream()
			.map(article -> new Row(article.slug(), article.title(), article.isPublished(), article.updatedAt()))
			.toList());
		return "feed/manage/list";
	}

	@GetMapping("/manage/articles/new")
	String create(Model model) {
		model.addAttribute("form", ArticleForm.empty());
		return FORM;
	}

	@PostMapping("/manage/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action, Authentication authentication,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || "preview".equals(action)) {
			return again(form, errors, null, model, response);
		}
		var article = editing.create(form, me(authentication), "publish".equals(action));
		redirect.addFlashAttribute("notice", article.isPublished() ? "feed.editor.published" : "feed.editor.saved");
		return "redirect:/manage/articles/" + article.slug();
	}

	@GetMapping("/manage/articles/{slug}")
	String edit(@PathVariable String slug, Authentication authentication, Model model) {
		model.addAttribute("form", editing.form(slug, me(authentication), admin(authentication)));
		model.addAttribute("slug", slug);
		model.addAttribute("status", editing.status(slug, me(authentication), admin(authentication)));
		return FORM;
	}

	@PostMapping("/manage/articles/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action, Authentication authentication,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var status = editing.status(slug, me(authentication), admin(authentication));
		if (errors.hasErrors() || "preview".equals(action)) {
			model.addAttribute("status", status);
			return again(form, errors, slug, model, response);
		}
		var article = editing.update(slug, form, me(authentication), admin(authentication), "publish".equals(action));
		redirect.addFlashAttribute("notice", article.isPublished() ? "feed.editor.published" : "feed.editor.saved");
		return "redirect:/manage/articles/" + slug;
	}

	private static String again(ArticleForm form, BindingResult errors, String slug, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else {
			model.addAttribute("previewHtml", Markdown.toSafeHtml(Objects.requireNonNull(form.body())));
		}
		model.addAttribute("slug", slug);
		return FORM;
	}

	private static UUID me(Authentication authentication) {
		return Objects.requireNonNull(Viewer.memberId(authentication));
	}

	private static boolean admin(Authentication authentication) {
		return Viewer.holds(authentication, "ADMIN");
	}

	/** An article in the author's list. */
	public record Row(String slug, String title, boolean published, java.time.Instant updatedAt) {
	}

}
