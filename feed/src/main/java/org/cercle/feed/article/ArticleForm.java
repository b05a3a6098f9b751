package org.cercle.feed.article;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an author types: title, summary, Markdown body, tags separated by commas. */
public record ArticleForm(
		@NotBlank(message = "{feed.form.title.required}") @Size(max = 200, message = "{feed.form.too-long}") @Nullable String title,
		@NotBlank(message = "{feed.form.summary.required}") @Size(max = 500, message = "{feed.form.too-long}") @Nullable String summary,
		@NotBlank(message = "{feed.form.body.required}") @Size(max = 100_000, message = "{feed.form.too-long}") @Nullable String body,
		@Size(max = 500, message = "{feed.form.too-long}") @Nullable String tags) {

	static ArticleForm empty() {
		return new ArticleForm("", "", "", "");
	}

	static ArticleForm of(Article article) {
		return new ArticleForm(article.title(), article.summary(), article.bodyMarkdown(),
				String.join(", ", article.sortedTags().stream().map(tag -> tag.name()).toList()));
	}

	/** The distinct tag names, at most ten, each at most 50 characters. */
	List<String> tagNames() {
		return Arrays.stream(String.valueOf(tags == null ? "" : tags).split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty() && name.length() <= 50)
			.distinct()
			.limit(10)
			.toList();
	}

}
