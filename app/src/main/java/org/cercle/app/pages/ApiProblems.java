package org.cercle.app.pages;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import org.cercle.shared.Refusal;
import org.cercle.shared.web.JsonApi;
import org.cercle.shared.web.RefusalStatus;

/**
 * The JSON API's refusals as problems (RFC 9457, {@code application/problem+json}) with
 * the same French (or English) message as the pages, never an HTML page or a stack trace.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex, Locale locale) {
		return problem(ex.getStatusCode(), ex.getReason(), locale);
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refused(Refusal refusal, Locale locale) {
		return problem(RefusalStatus.of(refusal), refusal.messageKey(), locale);
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "error.bad-parameter", locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, @Nullable String key, Locale locale) {
		var problem = ProblemDetail.forStatus(status);
		var reason = HttpStatus.resolve(status.value());
		problem.setTitle(reason == null ? null : reason.getReasonPhrase());
		if (key != null) {
			problem.setDetail(messages.getMessage(key, null, key, locale));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
