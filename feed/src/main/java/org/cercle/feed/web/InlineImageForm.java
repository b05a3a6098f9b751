package org.cercle.feed.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The editor's « Insérer une image »: a new file with its alt text, caption and credit,
 * or an image of the author's library; where the cursor stood in the body.
 */
record InlineImageForm(@Nullable MultipartFile inlineImage, @Nullable String imageAlt, @Nullable String imageCaption,
		@Nullable String imageCredit, @Nullable Integer cursor, @Nullable UUID reuseImage) {

	static InlineImageForm empty() {
		return new InlineImageForm(null, "", "", "", null, null);
	}

}
