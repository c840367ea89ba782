package org.destalk.admin;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a request without the admin token: 404 when admin is off, else 401 asking for the bearer token. */
final class AdminGuard {

    private final AdminToken token;

    AdminGuard(AdminToken token) {
        this.token = token;
    }

    /** Null when the request may go on; otherwise the refusal to send. */
    ResponseEntity<Object> refusal(String authorization) {
        if (!token.enabled()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (!token.allows(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Map.of("error", "send the admin token as: Authorization: Bearer <token>"));
        }
        return null;
    }

    boolean enabled() {
        return token.enabled();
    }
}
