package org.cercle.feed.web;

import java.io.IOException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.community.Viewer;

import org.cercle.feed.wordpress.WordPressImport;

/** {@code /manage/import}: an admin imports a WordPress export file (WXR). */
@Controller
class ImportController {

	private final WordPressImport importer;

	ImportController(WordPressImport importer) {
		this.importer = importer;
	}

	@GetMapping("/manage/import")
	String form() {
		return "feed/manage/import";
	}

	@PostMapping("/manage/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "uploads", required = false) @Nullable MultipartFile uploads,
			Authentication authentication, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "feed.import.no-file");
		}
		model.addAttribute("report",
				importer.importFile(file.getBytes(), uploads == null || uploads.isEmpty() ? null : uploads.getBytes(),
						Objects.requireNonNull(Viewer.memberId(authentication))));
		return "feed/manage/import";
	}

}
