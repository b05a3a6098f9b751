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
 * @param mediaImported images of the export found in the uploads given and now served by
 * Cercle (the articles' addresses rewritten to them)
 * @param media the media addresses left behind on the old site, for the admin to check
 */
public record ImportReport(int published, int scheduled, int drafts, int comments, int skipped, List<Note> notes,
		int mediaImported, List<String> media) implements Serializable {

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

		int mediaImported;

		final List<Note> notes = new ArrayList<>();

		final List<String> media = new ArrayList<>();

		void note(String key, String subject) {
			notes.add(new Note(key, subject));
		}

		ImportReport build() {
			return new ImportReport(published, scheduled, drafts, comments, skipped, List.copyOf(notes), mediaImported,
					List.copyOf(media));
		}

	}

}
