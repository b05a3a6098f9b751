package org.cercle.feed.wordpress;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, item by item where it matters: the counts, then each post that was
 * not simply published (kept as a draft and why, scheduled, already there), the pages and
 * media left behind, the shortcodes removed. Shown after the import and offered as a text
 * file.
 *
 * @param published posts published with their date
 * @param scheduled posts to be published at their date
 * @param drafts posts imported as drafts (see the notes for why)
 * @param comments comments and pingbacks imported
 * @param skipped posts imported before, left as they are
 * @param notes one line a post or item worth a word, as message keys with their title
 * @param media every media address the export names, for the admin to check
 */
public record ImportReport(int published, int scheduled, int drafts, int comments, int skipped, List<Note> notes,
		List<String> media) implements Serializable {

	/** A message key and the title (or name) it is about. */
	public record Note(String key, String subject) implements Serializable {
	}

	/** Collects the report while the import runs. */
	static final class Builder {

		int published;

		int scheduled;

		int drafts;

		int comments;

		int skipped;

		final List<Note> notes = new ArrayList<>();

		final List<String> media = new ArrayList<>();

		void note(String key, String subject) {
			notes.add(new Note(key, subject));
		}

		ImportReport build() {
			return new ImportReport(published, scheduled, drafts, comments, skipped, List.copyOf(notes),
					List.copyOf(media));
		}

	}

}
