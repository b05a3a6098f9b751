package org.cercle.app.pages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.cercle.community.UnverifiedAddress;
import org.cercle.shared.Refusal;
import org.cercle.shared.web.RefusalStatus;
import org.cercle.shared.web.SameSitePaths;

/**
 * Every error a controller raises becomes a page in the site's layout, with the right
 * status and a message in the reader's language; never a stack trace. A module's domain
 * signals an expected error by raising a {@link Refusal} (its kind gives the status, see
 * {@link RefusalStatus}); web code may still throw {@link ResponseStatusException} with a
 * message key as its reason.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView statusException(ResponseStatusException ex, Locale locale) {
		return page(ex.getStatusCode(), ex.getReason(), locale);
	}

	/**
	 * A member whose address is not verified tried to take part: back to the page they
	 * were on, with a reminder; the layout's banner offers to send the link again.
	 */
	@ExceptionHandler(UnverifiedAddress.class)
	ModelAndView unverified(UnverifiedAddress refusal, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("notice", refusal.messageKey());
		return new ModelAndView("redirect:" + SameSitePaths.of(request.getHeader("Referer"), request.getServerName()));
	}

	/**
	 * A domain rule said no: the kind of refusal gives the status, its key the message.
	 */
	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal, Locale locale) {
		return page(RefusalStatus.of(refusal), refusal.messageKey(), refusal.arguments(), locale);
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class,
			HandlerMethodValidationException.class, org.springframework.validation.BindException.class })
	ModelAndView badParameter(Exception ex, Locale locale) {
		return page(HttpStatus.BAD_REQUEST, "error.bad-parameter", locale);
	}

	/**
	 * Two requests raced for the same row (e.g. a double click): the loser is told so,
	 * nothing half-saved.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView conflict(Locale locale) {
		return page(HttpStatus.CONFLICT, "error.conflict", locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(Locale locale) {
		return page(HttpStatus.PAYLOAD_TOO_LARGE, "error.upload-too-large", locale);
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound(Locale locale) {
		return page(HttpStatus.NOT_FOUND, null, locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed(Locale locale) {
		return page(HttpStatus.METHOD_NOT_ALLOWED, null, locale);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	void notAcceptable(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_ACCEPTABLE.value());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (DatabaseFailures.unreachable(ex)) {
			log.warn("503 {} {}: the database does not answer ({})", request.getMethod(), request.getRequestURI(),
					ex.getClass().getSimpleName());
			response.setHeader("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS);
			return page(HttpStatus.SERVICE_UNAVAILABLE, "error.database-unavailable", locale);
		}
		log.error("Unexpected error while serving a page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, null, locale);
	}

	private ModelAndView page(HttpStatusCode status, @Nullable String reason, Locale locale) {
		return page(status, reason, null, locale);
	}

	private ModelAndView page(HttpStatusCode status, @Nullable String reason, Object @Nullable [] arguments,
			Locale locale) {
		var view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("message", message(status, reason, arguments, locale));
		return view;
	}

	private String message(HttpStatusCode status, @Nullable String reason, Object @Nullable [] arguments,
			Locale locale) {
		var generic = messages.getMessage("error.status." + status.value(), null, null, locale);
		var fallback = generic != null ? generic : messages.getMessage("error.status.other", null, locale);
		return reason == null ? fallback : messages.getMessage(reason, arguments, fallback, locale);
	}

}
