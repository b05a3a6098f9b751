package org.cercle.app.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * « Gestion »: one entry in the header for authors, organisers, moderators and admins,
 * leading to the tools of their roles (the page shows only those).
 */
@Controller
class ManageController {

	@GetMapping("/manage")
	String tools() {
		return "manage";
	}

}
