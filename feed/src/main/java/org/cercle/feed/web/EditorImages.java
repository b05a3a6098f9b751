package org.cercle.feed.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.cercle.feed.article.ArticleForm;
import org.cercle.feed.image.ImageLibrary;
import org.cercle.feed.image.ImageUpload;
import org.cercle.feed.tag.Tags;

/**
 * The article editor's images: a new one uploaded with its description, or one of the
 * author's library, inserted in the body at the cursor as Markdown (the form is shown
 * again with the text, nothing is lost, no script needed); and what the editor offers
 * besides the form: the library's latest images and the tags already in use.
 */
@Component
class EditorImages {

	static final String INSERT = "insert-image";

	static final String REUSE = "reuse-image";

	/** Images of the library the editor offers to insert again. */
	static final int OFFERED = 12;

	static final int SUGGESTED_TAGS = 300;

	private final ImageLibrary library;

	private final Tags tags;

	EditorImages(ImageLibrary library, Tags tags) {
		this.library = library;
		this.tags = tags;
	}

	static boolean handles(String action) {
		return INSERT.equals(action) || REUSE.equals(action);
	}

	/**
	 * Puts the image in the form's body; with a French message and 400 when the image is
	 * refused (the form keeps what was typed).
	 */
	void insert(String action, ArticleForm form, InlineImageForm image, UUID member, boolean admin, Model model,
			HttpServletResponse response) {
		try {
			var chosen = INSERT.equals(action)
					? library.add(bytes(image), String.valueOf(image.imageAlt()), image.imageCaption(),
							image.imageCredit(), member)
					: library.find(image.reuseImage() == null ? new UUID(0, 0) : image.reuseImage(), member, admin)
						.orElseThrow(() -> new ImageUpload.Refused("feed.cover.not-found"));
			model.addAttribute("form", form.withBlockAt(chosen.markdown(), image.cursor()));
			model.addAttribute("image", InlineImageForm.empty());
			model.addAttribute("notice", "feed.images.inserted");
		}
		catch (ImageUpload.Refused refused) {
			model.addAttribute("imageError", refused.reason());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		offer(member, admin, model);
	}

	/** The library's latest images and the known tags, for the editor page. */
	void offer(UUID member, boolean admin, Model model) {
		if (!model.containsAttribute("image")) {
			model.addAttribute("image", InlineImageForm.empty());
		}
		model.addAttribute("library", library.of(member, admin, OFFERED));
		model.addAttribute("knownTags", tags.mostUsedNames(SUGGESTED_TAGS));
	}

	private static byte[] bytes(InlineImageForm image) {
		var file = image.inlineImage();
		if (file == null || file.isEmpty()) {
			throw new ImageUpload.Refused("feed.images.file-required");
		}
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new ImageUpload.Refused("feed.cover.unreadable");
		}
	}

}
