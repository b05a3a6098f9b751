package org.cercle.app.pages;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** A write that loses a race on a unique row answers 409, not 500. */
class ErrorPagesConflictTests {

	@Test
	void aConstraintConflictIsA409() {
		var messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		var mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new Racing())
			.setControllerAdvice(new ErrorPages(messages))
			.setViewResolvers((viewName, locale) -> (model, request, response) -> response.getWriter().write(viewName))
			.build());
		assertThat(mvc.post().uri("/course").exchange()).hasStatus(409);
	}

	@Controller
	static class Racing {

		@PostMapping("/course")
		String race() {
			throw new DataIntegrityViolationException("duplicate key");
		}

	}

}
