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

	/** Each kind's matches are counted up to this many (« plus de 1 000 »). */
	static final int COUNT_CAP = 1000;

	/** The kinds a search can be narrowed to. */
	static final java.util.Set<String> KINDS = java.util.Set.of("article", "event", "circle");

	/**
	 * An upcoming event weighs this much more than its text alone says: someone searching
	 * « matinée » wants the next one before old articles.
	 */
	static final double UPCOMING_BOOST = 5.0;

	private final ArticleSearch articles;

	private final EventSearch events;

	private final CircleSearch circles;

	private final java.time.Clock clock;

	SearchController(ArticleSearch articles, EventSearch events, CircleSearch circles, java.time.Clock clock) {
		this.clock = clock;
		this.articles = articles;
		this.events = events;
		this.circles = circles;
	}

	/**
	 * Results of every kind, or of one ({@code kind}: article, event, circle), with a
	 * count per kind for the tabs (counted up to {@value #COUNT_CAP}).
	 */
	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "kind", defaultValue = "") String kind,
			org.springframework.security.core.@org.jspecify.annotations.Nullable Authentication authentication,
			Model model) {
		if (page < 1 || page > MAX_PAGE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "search.bad-page");
		}
		if (!kind.isEmpty() && !KINDS.contains(kind)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "search.bad-kind");
		}
		model.addAttribute("query", query.length() > 1000 ? query.substring(0, 1000) : query);
		model.addAttribute("kind", kind);
		if (query.isBlank()) {
			return "search";
		}
		var wanted = page * PAGE_SIZE + 1;
		var viewer = Viewer.member(authentication);
		var moderator = Viewer.holds(authentication, Role.MODERATOR, Role.ADMIN);
		var circleHits = circles.search(query, COUNT_CAP, viewer, moderator);
		var counts = new java.util.LinkedHashMap<String, Integer>();
		counts.put("article", articles.count(query, COUNT_CAP));
		counts.put("event", events.count(query, COUNT_CAP));
		counts.put("circle", circleHits.size());
		var results = new ArrayList<Result>();
		var now = clock.instant();
		if (kind.isEmpty() || kind.equals("article")) {
			articles.search(query, wanted)
				.forEach(hit -> results.add(new Result("article", hit.title(), hit.path(), hit.snippetHtml(),
						hit.publishedAt(), false, hit.rank())));
		}
		if (kind.isEmpty() || kind.equals("event")) {
			events.search(query, wanted)
				.forEach(hit -> results.add(new Result("event", hit.title(), hit.path(), hit.snippetHtml(),
						hit.startsAt(), hit.cancelled(),
						hit.startsAt().isAfter(now) && !hit.cancelled() ? hit.rank() * UPCOMING_BOOST : hit.rank())));
		}
		if (kind.isEmpty() || kind.equals("circle")) {
			circleHits.stream()
				.limit(wanted)
				.forEach(hit -> results.add(new Result("circle", hit.name(), hit.path(), hit.snippetHtml(),
						hit.createdAt(), false, hit.rank())));
		}
		results.sort(Comparator.comparingDouble(Result::rank)
			.reversed()
			.thenComparing(result -> !result.upcoming(now))
			.thenComparing(Result::at, Comparator.reverseOrder()));
		var from = Math.min((page - 1) * PAGE_SIZE, results.size());
		var to = Math.min(from + PAGE_SIZE, results.size());
		model.addAttribute("results", results.subList(from, to));
		model.addAttribute("counts", counts);
		model.addAttribute("total",
				kind.isEmpty() ? counts.values().stream().mapToInt(Integer::intValue).sum() : counts.get(kind));
		model.addAttribute("countCap", COUNT_CAP);
		model.addAttribute("page", page);
		model.addAttribute("hasNext", results.size() > to && page < MAX_PAGE);
		return "search";
	}

	/** One result of any kind, as the search page shows it; the snippet is safe HTML. */
	public record Result(String kind, String title, String path, String snippetHtml, Instant at, boolean cancelled,
			double rank) {

		boolean upcoming(Instant now) {
			return "event".equals(kind) && !cancelled && at.isAfter(now);
		}

	}

}
