package org.cercle.app.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.CircleSearch;
import org.cercle.community.Role;
import org.cercle.community.Viewer;
import org.cercle.events.EventSearch;
import org.cercle.feed.ArticleSearch;

/**
 * {@code /search}: one French search across the modules' published content, merged by
 * relevance. Each module ranks with the same weights (title, summary, body), so their
 * ranks compare.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 10;

	static final int MAX_PAGE = 50;

	private final ArticleSearch articles;

	private final EventSearch events;

	private final CircleSearch circles;

	SearchController(ArticleSearch articles, EventSearch events, CircleSearch circles) {
		this.articles = articles;
		this.events = events;
		this.circles = circles;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "1") int page,
			org.springframework.security.core.@org.jspecify.annotations.Nullable Authentication authentication,
			Model model) {
		if (page < 1 || page > MAX_PAGE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "search.bad-page");
		}
		model.addAttribute("query", query.length() > 1000 ? query.substring(0, 1000) : query);
		if (query.isBlank()) {
			return "search";
		}
		var wanted = page * PAGE_SIZE + 1;
		var results = new ArrayList<Result>();
		articles.search(query, wanted)
			.forEach(hit -> results.add(new Result("article", hit.title(), hit.path(), hit.snippetHtml(),
					hit.publishedAt(), false, hit.rank())));
		events.search(query, wanted)
			.forEach(hit -> results.add(new Result("event", hit.title(), hit.path(), hit.snippetHtml(), hit.startsAt(),
					hit.cancelled(), hit.rank())));
		circles
			.search(query, wanted, Viewer.member(authentication),
					Viewer.holds(authentication, Role.MODERATOR, Role.ADMIN))
			.forEach(hit -> results.add(new Result("circle", hit.name(), hit.path(), hit.snippetHtml(), hit.createdAt(),
					false, hit.rank())));
		results.sort(Comparator.comparingDouble(Result::rank)
			.reversed()
			.thenComparing(Result::at, Comparator.reverseOrder()));
		var from = Math.min((page - 1) * PAGE_SIZE, results.size());
		var to = Math.min(from + PAGE_SIZE, results.size());
		model.addAttribute("results", results.subList(from, to));
		model.addAttribute("page", page);
		model.addAttribute("hasNext", results.size() > to && page < MAX_PAGE);
		return "search";
	}

	/** One result of any kind, as the search page shows it; the snippet is safe HTML. */
	public record Result(String kind, String title, String path, String snippetHtml, Instant at, boolean cancelled,
			double rank) {
	}

}
