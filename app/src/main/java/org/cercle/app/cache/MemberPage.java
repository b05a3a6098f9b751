package org.cercle.app.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page rendered once for every member of its kind: its text cut where each member's own
 * values go, kept as UTF-8 so that writing it costs no encoding.
 *
 * @param generation the content generation its data was read under
 * @param chunks the text between the slots (one more than the slots)
 * @param slots what goes between two chunks
 * @param personal whether the text holds the member's own id, so that it is never shown
 * to anyone else
 */
record MemberPage(long generation, List<byte[]> chunks, List<Slot> slots, boolean personal) {

	/** A member's own value in a shared page. */
	enum Slot {

		CSRF_TOKEN, FORM_STAMP, DISPLAY_NAME, UNREAD_BADGE

	}

	/** Cuts the text at each placeholder. */
	static MemberPage cut(String text, Map<Slot, String> placeholders, boolean personal) {
		var chunks = new ArrayList<byte[]>();
		var slots = new ArrayList<Slot>();
		var from = 0;
		while (true) {
			Slot next = null;
			var at = -1;
			for (var placeholder : placeholders.entrySet()) {
				var found = text.indexOf(placeholder.getValue(), from);
				if (found >= 0 && (at < 0 || found < at)) {
					at = found;
					next = placeholder.getKey();
				}
			}
			if (next == null) {
				chunks.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
				return new MemberPage(-1, List.copyOf(chunks), List.copyOf(slots), personal);
			}
			chunks.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
			slots.add(next);
			from = at + placeholders.get(next).length();
		}
	}

	MemberPage at(long generation) {
		return new MemberPage(generation, chunks, slots, personal);
	}

	/** What the kept page weighs in the heap, roughly. */
	int weight() {
		return chunks.stream().mapToInt(chunk -> chunk.length + 16).sum() + slots.size() * 8 + 64;
	}

	/** The length of the page once the member's values are in. */
	int length(Map<Slot, byte[]> values) {
		var length = chunks.stream().mapToInt(chunk -> chunk.length).sum();
		for (var slot : slots) {
			length += values.get(slot).length;
		}
		return length;
	}

	/** Writes the page with the member's values in their places. */
	void writeTo(OutputStream out, Map<Slot, byte[]> values) throws IOException {
		for (var i = 0; i < slots.size(); i++) {
			out.write(chunks.get(i));
			out.write(values.get(slots.get(i)));
		}
		out.write(chunks.get(chunks.size() - 1));
	}

}
