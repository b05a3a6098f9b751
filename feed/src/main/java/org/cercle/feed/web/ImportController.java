package org.cercle.feed.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.Viewer;
import org.cercle.feed.wordpress.ImportJobs;
import org.cercle.feed.wordpress.ImportRefused;
import org.cercle.feed.wordpress.ImportReport;

/**
 * {@code /manage/import}: an admin sends a WordPress export file (WXR) and, if they like,
 * the site's uploads folder as a zip; the import runs in the background and its page
 * follows it, then shows the report, also offered as a text file.
 */
@Controller
class ImportController {

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportController(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/manage/import")
	String form() {
		return "feed/manage/import";
	}

	/**
	 * Queues the import; a missing or unreadable file is said on the form itself (400),
	 * never on a bare error page.
	 */
	@PostMapping("/manage/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "uploads", required = false) @Nullable MultipartFile uploads,
			Authentication authentication, Model model, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused("feed.import.no-file", model, response);
		}
		try {
			var job = jobs.submit(file.getBytes(), uploads == null || uploads.isEmpty() ? null : uploads.getBytes(),
					Objects.requireNonNull(Viewer.memberId(authentication)));
			return "redirect:/manage/import/" + job;
		}
		catch (ImportRefused refused) {
			return refused(refused.messageKey(), model, response);
		}
	}

	private static String refused(String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("error", message);
		return "feed/manage/import";
	}

	@GetMapping("/manage/import/{id}")
	String job(@PathVariable UUID id, Model model) {
		var job = jobs.job(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.import.job-not-found"));
		model.addAttribute("job", job);
		model.addAttribute("report", job.report());
		return "feed/manage/import-job";
	}

	@GetMapping("/manage/import/{id}/report.txt")
	ResponseEntity<String> report(@PathVariable UUID id, Locale locale) {
		var report = jobs.job(id)
			.map(ImportJobs.Job::report)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "feed.import.job-not-found"));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"import-wordpress-" + id + ".txt\"")
			.body(text(report, locale));
	}

	private String text(ImportReport report, Locale locale) {
		var out = new StringBuilder(messages.getMessage("feed.import.done", new Object[] { report.published(),
				report.scheduled(), report.drafts(), report.comments(), report.skipped() }, locale))
			.append("\n\n");
		if (report.mediaImported() > 0) {
			out.append(
					messages.getMessage("feed.import.media.imported", new Object[] { report.mediaImported() }, locale))
				.append("\n\n");
		}
		for (var note : report.notes()) {
			out.append("- ")
				.append(messages.getMessage(note.key(), new Object[] { note.subject() }, locale))
				.append('\n');
		}
		if (!report.media().isEmpty()) {
			out.append('\n').append(messages.getMessage("feed.import.media.intro", null, locale)).append('\n');
			report.media().forEach(address -> out.append("- ").append(address).append('\n'));
		}
		return out.toString();
	}

}
