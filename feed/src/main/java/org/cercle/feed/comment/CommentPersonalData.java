package org.cercle.feed.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.community.PersonalData;

/** A member's comments, in the export of their data. */
@Component
@Transactional(readOnly = true)
class CommentPersonalData implements PersonalData {

	private final Comments comments;

	CommentPersonalData(Comments comments) {
		this.comments = comments;
	}

	@Override
	public String section() {
		return "comments";
	}

	@Override
	public Object of(MemberId member) {
		return comments.ofAuthor(member.value())
			.stream()
			.map(comment -> new Exported(comment.articleId().toString(), comment.createdAt(), comment.editedAt(),
					comment.status().name(), comment.bodyMarkdown()))
			.toList();
	}

	record Exported(String article, Instant at, @Nullable Instant edited, String status, String text) {
	}

}
