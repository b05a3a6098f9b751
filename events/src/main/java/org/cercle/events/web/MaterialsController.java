package org.cercle.events.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.events.agenda.EventQueries;
import org.cercle.events.event.EventManagement;
import org.cercle.events.material.EventMaterials;
import org.cercle.events.material.EventWriteUps;
import org.cercle.events.material.MaterialRefused;
import org.cercle.shared.Refusal;
import org.cercle.shared.web.RefusalStatus;

/**
 * An event's materials: the organiser adds files and links on
 * {@code /manage/events/{slug}/materials}; readers download files from the event's page,
 * with their name, and for a year from their cache.
 */
@Controller
class MaterialsController {

	private static final String PAGE = "events/manage/materials";

	private final EventMaterials materials;

	private final EventManagement management;

	private final EventQueries queries;

	private final EventWriteUps writeUps;

	MaterialsController(EventMaterials materials, EventManagement management, EventQueries queries,
			EventWriteUps writeUps) {
		this.writeUps = writeUps;
		this.materials = materials;
		this.management = management;
		this.queries = queries;
	}

	@GetMapping("/manage/events/{slug}/materials")
	String page(@PathVariable String slug, Model model) {
		return page(slug, model, null);
	}

	@PostMapping("/manage/events/{slug}/materials/files")
	String addFile(@PathVariable String slug, @RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try {
			materials.addFile(management.event(slug), title,
					file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file == null ? new byte[0] : file.getBytes());
		}
		catch (MaterialRefused refused) {
			return refused(slug, model, response, refused);
		}
		redirect.addFlashAttribute("notice", "events.materials.added");
		return "redirect:/manage/events/" + slug + "/materials";
	}

	@PostMapping("/manage/events/{slug}/materials/links")
	String addLink(@PathVariable String slug, @RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "url", defaultValue = "") String url, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			materials.addLink(management.event(slug), title, url);
		}
		catch (MaterialRefused refused) {
			return refused(slug, model, response, refused);
		}
		redirect.addFlashAttribute("notice", "events.materials.added");
		return "redirect:/manage/events/" + slug + "/materials";
	}

	/** The article chosen in the list, or else the address typed beside it. */
	@PostMapping("/manage/events/{slug}/write-up")
	String chooseWriteUp(@PathVariable String slug, @RequestParam(name = "article", defaultValue = "") String article,
			@RequestParam(name = "address", defaultValue = "") String address, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			writeUps.choose(management.event(slug), article.isBlank() ? address : article);
		}
		catch (MaterialRefused refused) {
			return refused(slug, model, response, refused);
		}
		redirect.addFlashAttribute("notice", "events.write-up.chosen");
		return "redirect:/manage/events/" + slug + "/materials";
	}

	@PostMapping("/manage/events/{slug}/write-up/deletion")
	String removeWriteUp(@PathVariable String slug, RedirectAttributes redirect) {
		writeUps.remove(management.event(slug));
		redirect.addFlashAttribute("notice", "events.write-up.removed");
		return "redirect:/manage/events/" + slug + "/materials";
	}

	@PostMapping("/manage/events/{slug}/materials/{id}/deletion")
	String remove(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
		materials.remove(management.event(slug), id);
		redirect.addFlashAttribute("notice", "events.materials.removed");
		return "redirect:/manage/events/" + slug + "/materials";
	}

	@GetMapping("/events/{slug}/materials/{id}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable UUID id) {
		var event = queries.event(slug, false);
		var file = materials.file(event.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "events.materials.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
			.body(file.bytes());
	}

	private String refused(String slug, Model model, HttpServletResponse response, Refusal refused) {
		response.setStatus(RefusalStatus.of(refused).value());
		return page(slug, model, refused.messageKey());
	}

	private String page(String slug, Model model, @Nullable String error) {
		var event = management.event(slug);
		model.addAttribute("event", management.listing(slug));
		model.addAttribute("materials", materials.of(event.id()));
		model.addAttribute("choices", writeUps.choices());
		model.addAttribute("error", error);
		model.addAttribute("maxMegabytes", EventMaterials.MAX_BYTES / 1024 / 1024);
		return PAGE;
	}

}
