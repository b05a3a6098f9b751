package org.cercle.feed.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberDirectory;
import org.cercle.shared.Slugs;
import org.cercle.feed.tag.Tags;

import org.cercle.feed.article.Article;
import org.cercle.feed.article.Articles;

/**
 * Demo articles, created once in demo mode: the community's landmark posts (written for
 * Cercle, in {@code demo/articles/*.md}) and enough generated ones for pagination to
 * show.
 */
@Component
@Profile("demo")
@Order(20)
class DemoArticles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

	private final Articles articles;

	private final Tags tags;

	private final MemberDirectory members;

	private final Clock clock;

	DemoArticles(Articles articles, Tags tags, MemberDirectory members, Clock clock) {
		this.articles = articles;
		this.tags = tags;
		this.members = members;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (articles.count() > 0) {
			return;
		}
		var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/articles/*.md");
		for (var resource : resources) {
			save(DemoText.parse(read(resource)));
		}
		var generated = GeneratedArticles.of(read("demo/generated-titles.txt"), read("demo/generated-paragraphs.txt"));
		generated.forEach(this::save);
		log.info("Demo articles created: {} written, {} generated", resources.length, generated.size());
	}

	private void save(DemoText text) {
		var author = members.findByHandle(text.author())
			.orElseThrow(() -> new IllegalStateException("Demo author @" + text.author() + " is missing"));
		var article = new Article(Slugs.unique(text.title(), articles::existsBySlug), text.title(), text.summary(),
				text.body(), author.id(), clock.instant());
		text.tags().forEach(name -> article.tag(tags.named(name)));
		article.publish(OffsetDateTime.parse(text.published()).toInstant());
		articles.saveAndFlush(article);
	}

	private static String read(Resource resource) {
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		return read(new org.springframework.core.io.ClassPathResource(path));
	}

}
