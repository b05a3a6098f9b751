package org.cercle.feed.web;

import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.Role;
import org.cercle.community.Viewer;
import org.cercle.feed.image.ImageLibrary;
import org.cercle.feed.image.ImageUpload;

/**
 * {@code /manage/images}: an author's images (an admin sees everyone's), each with its
 * Markdown to reuse and the articles that show it; upload, and delete the unused ones.
 */
@Controller
class ImageLibraryController {

	static final String PAGE = "feed/manage/images";

	static final int SHOWN = 200;

	private final ImageLibrary library;

	ImageLibraryController(ImageLibrary library) {
		this.library = library;
	}

	@GetMapping("/manage/images")
	String list(Authentication authentication, Model model) {
		model.addAttribute("image", InlineImageForm.empty());
		return shown(authentication, model);
	}

	@PostMapping("/manage/images")
	String upload(@ModelAttribute("image") InlineImageForm image, Authentication authentication, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var bytes = image.inlineImage() == null || image.inlineImage().isEmpty() ? new byte[0]
					: image.inlineImage().getBytes();
			if (bytes.length == 0) {
				throw new ImageUpload.Refused("feed.images.file-required");
			}
			library.add(bytes, String.valueOf(image.imageAlt()), image.imageCaption(), image.imageCredit(),
					me(authentication));
		}
		catch (ImageUpload.Refused refused) {
			model.addAttribute("imageError", refused.reason());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return shown(authentication, model);
		}
		catch (java.io.IOException unreadable) {
			model.addAttribute("imageError", "feed.cover.unreadable");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return shown(authentication, model);
		}
		redirect.addFlashAttribute("notice", "feed.images.added");
		return "redirect:/manage/images";
	}

	@PostMapping("/manage/images/{id}/delete")
	String delete(@PathVariable UUID id, Authentication authentication, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			library.delete(id, me(authentication), Viewer.holds(authentication, Role.ADMIN));
		}
		catch (ImageUpload.Refused refused) {
			model.addAttribute("image", InlineImageForm.empty());
			model.addAttribute("deleteError", refused.reason());
			response.setStatus(refused.reason().endsWith("not-found") ? HttpStatus.NOT_FOUND.value()
					: HttpStatus.CONFLICT.value());
			return shown(authentication, model);
		}
		redirect.addFlashAttribute("notice", "feed.images.deleted");
		return "redirect:/manage/images";
	}

	private String shown(Authentication authentication, Model model) {
		model.addAttribute("images", library.of(me(authentication), Viewer.holds(authentication, Role.ADMIN), SHOWN));
		return PAGE;
	}

	private static UUID me(Authentication authentication) {
		return Objects.requireNonNull(Viewer.memberId(authentication));
	}

}
