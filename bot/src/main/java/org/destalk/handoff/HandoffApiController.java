package org.destalk.handoff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.destalk.engine.Content;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The helplines' API (described in /api/openapi.yaml): create a code, ask whether it was used.
 * Authenticated by a bearer token per helpline; rate limited per source address.
 */
@RestController
public final class HandoffApiController {

    private final HandoffService service;
    private final Supplier<Content> content;
    private final SourceLimits limits;

    public HandoffApiController(HandoffService service, Supplier<Content> content, SessionStore store, SessionKeys keys) {
        this.service = service;
        this.content = content;
        this.limits = new SourceLimits(store, keys, service.settings().callsPerMinute());
    }

    @PostMapping("/api/handoffs")
    public ResponseEntity<Object> create(@RequestHeader(value = "Authorization", required = false) String authorization,
                                         @RequestBody(required = false) HandoffService.Request request, HttpServletRequest http) {
        if (!limits.allow(http.getRemoteAddr())) {
            return error(HttpStatus.TOO_MANY_REQUESTS, "too many requests; try again in a minute");
        }
        Optional<String> helpline = service.helpline(bearer(authorization));
        if (helpline.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, "a valid helpline token is required");
        }
        if (request == null) {
            return error(HttpStatus.BAD_REQUEST, "a JSON body with journey or node, language and country is required");
        }
        try {
            HandoffService.Created created = service.create(helpline.get(), request);
            return ResponseEntity.status(HttpStatus.CREATED).body(HandoffCard.of(created, service.settings(), content.get()));
        } catch (HandoffService.InvalidRequest invalid) {
            return error(HttpStatus.BAD_REQUEST, invalid.getMessage());
        }
    }

    @GetMapping("/api/handoffs/{id}")
    public ResponseEntity<Object> status(@RequestHeader(value = "Authorization", required = false) String authorization,
                                         @PathVariable String id, HttpServletRequest http) {
        if (!limits.allow(http.getRemoteAddr())) {
            return error(HttpStatus.TOO_MANY_REQUESTS, "too many requests; try again in a minute");
        }
        Optional<String> helpline = service.helpline(bearer(authorization));
        if (helpline.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, "a valid helpline token is required");
        }
        return service.status(helpline.get(), id)
                .<ResponseEntity<Object>>map(status -> ResponseEntity.ok(Map.of("id", id, "status", status.name().toLowerCase())))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "no such hand-off"));
    }

    static String bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring("Bearer ".length()).strip() : null;
    }

    private static ResponseEntity<Object> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
