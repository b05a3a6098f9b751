package org.cercle.feed.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.MapBindingResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new article's unique slug costs the same statements whether two or twenty-five
 * articles share its title (#15, point 12: it used to ask once per taken slug).
 */
@IntegrationTest
class ArticleSlugsIntegrationTests {

	@Autowired
	ArticleEditing editing;

	@Autowired
	TestMembers members;

	@Test
	void aTitleSharedByManyArticlesGetsItsSlugInOneQuery() {
		var author = members.create("homonyme", Role.AUTHOR);
		var title = "Même titre " + UUID.randomUUID().toString().substring(0, 6);
		var slugs = new ArrayList<String>();
		slugs.add(create(title, author.id()));
		var withOne = SqlStatements.countedDuring(() -> slugs.add(create(title, author.id())));
		for (int i = 0; i < 23; i++) {
			slugs.add(create(title, author.id()));
		}
		var withTwentyFive = SqlStatements.countedDuring(() -> slugs.add(create(title, author.id())));
		assertThat(withTwentyFive).isEqualTo(withOne);
		assertThat(slugs).doesNotHaveDuplicates().hasSize(26);
		assertThat(slugs.get(25)).endsWith("-26");
	}

	private String create(String title, UUID author) {
		var article = editing.save(null, new ArticleForm(title, "Résumé.", "Texte.", "", "", ""), null, false, author,
				false, ArticleEditing.Action.SAVE, new MapBindingResult(new HashMap<String, Object>(), "form"));
		return article.slug();
	}

}
