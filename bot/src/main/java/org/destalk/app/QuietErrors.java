package org.destalk.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on any exception a request handler lets through. Left to the servlet container, the
 * exception's message (which may quote a person's words or number) and stack trace would be logged;
 * here only its class name is, and the caller gets a bare status.
 */
@RestControllerAdvice
class QuietErrors {

    private static final Logger LOG = LoggerFactory.getLogger(QuietErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Void> handle(Exception exception) {
        if (exception instanceof ErrorResponse framework) {
            // Not found, wrong method, unreadable body: the caller's mistake, answered with its own status.
            return ResponseEntity.status(framework.getStatusCode()).build();
        }
        LOG.error("A request failed ({})", exception.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatusCode.valueOf(500)).build();
    }
}
