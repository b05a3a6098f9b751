package org.cercle.notifications.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;
import org.cercle.community.MemberSummary;

/**
 * What a notification says, in the reader's language: the message of its kind (and
 * variant), with the current name of whoever caused it first.
 */
@Component
public class Texts {

	private final MessageSource messages;

	private final MemberDirectory members;

	Texts(MessageSource messages, MemberDirectory members) {
		this.messages = messages;
		this.members = members;
	}

	/** The texts of the entries, in order, their actors' names read in one query. */
	public List<String> of(Collection<Inbox.Entry> entries, Locale locale) {
		return of(entries, locale,
				members.findAll(entries.stream().map(Inbox.Entry::actor).filter(Objects::nonNull).distinct().toList()));
	}

	/**
	 * The texts of the entries, with actors' names already read (one query for many
	 * letters).
	 */
	public List<String> of(Collection<Inbox.Entry> entries, Locale locale, Map<MemberId, MemberSummary> names) {
		var someone = messages.getMessage("notifications.someone", null, locale);
		var texts = new ArrayList<String>();
		for (var entry : entries) {
			var actor = entry.actor() == null ? someone
					: java.util.Optional.ofNullable(names.get(entry.actor()))
						.map(MemberSummary::displayName)
						.orElse(someone);
			texts.add(text(entry.kind(), entry.args(), actor, locale));
		}
		return texts;
	}

	String text(Kind kind, List<String> args, String actor, Locale locale) {
		var variant = args.isEmpty() ? "" : args.get(0);
		var key = "notifications." + kind.name() + (variant.isEmpty() ? "" : "." + variant);
		var arguments = new ArrayList<Object>();
		arguments.add(actor);
		arguments.addAll(args.size() > 1 ? args.subList(1, args.size()) : List.of());
		return messages.getMessage(key, arguments.toArray(), locale);
	}

	/** The name of a kind, for preferences and e-mails. */
	public String label(Kind kind, Locale locale) {
		return messages.getMessage("notifications.kind." + kind.name(), null, locale);
	}

}
