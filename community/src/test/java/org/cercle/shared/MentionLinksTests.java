package org.cercle.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionLinksTests {

	@Test
	void findsHandlesButNotAddressesOrPaths() {
		assertThat(MentionLinks.handlesIn("Merci @Claude et @anais-2 ! Écrivez à a@b.ch ou voyez /x/@pas"))
			.containsExactly("claude", "anais-2");
	}

	@Test
	void linksKnownHandlesOnlyAndNeverInsideLinksOrCode() {
		var html = "<p>Bonjour @claude et @inconnu, voir <a href=\"/x\">@claude</a> et <code>@claude</code></p>";
		var linked = MentionLinks.link(html, Set.of("claude"));
		assertThat(linked).contains("<a href=\"/members/claude\" class=\"mention\">@claude</a> et @inconnu")
			.contains("<a href=\"/x\">@claude</a>")
			.contains("<code>@claude</code>");
	}

	@Test
	void textWithoutKnownHandlesIsLeftAsItIs() {
		assertThat(MentionLinks.link("<p>@personne</p>", Set.of())).isEqualTo("<p>@personne</p>");
	}

}
