package org.cercle.community.web;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.cercle.community.account.Accounts;
import org.cercle.community.account.SignedInMember;
import org.cercle.community.member.Avatars;
import org.cercle.shared.Pictures;

/**
 * Members' pictures: set or removed on {@code /account}, served to everyone at an address
 * that changes with each new picture (so cached for a year).
 */
@Controller
class AvatarController {

	private final Avatars avatars;

	private final Accounts accounts;

	AvatarController(Avatars avatars, Accounts accounts) {
		this.avatars = avatars;
		this.accounts = accounts;
	}

	@PostMapping("/account/avatar")
	String change(@AuthenticationPrincipal SignedInMember me,
			@RequestParam(name = "avatar", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			avatars.change(me.id(), bytes(file));
		}
		catch (Pictures.Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("avatarError", "community.avatar." + refused.reason());
			return AccountController.page(model, accounts.member(me.id()));
		}
		redirect.addFlashAttribute("notice", "community.avatar.changed");
		return "redirect:/account#avatar-heading";
	}

	@PostMapping("/account/avatar/remove")
	String remove(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		avatars.remove(me.id());
		redirect.addFlashAttribute("notice", "community.avatar.removed");
		return "redirect:/account#avatar-heading";
	}

	@GetMapping("/avatars/{id}/{size}")
	ResponseEntity<byte[]> picture(@PathVariable UUID id, @PathVariable String size) {
		var picture = avatars.picture(id, size)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "community.avatar.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(picture.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(picture.bytes());
	}

	private static byte[] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			return new byte[0];
		}
	}

}
