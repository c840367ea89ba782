package org.destalk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The coordinators' bearer token. Compared in constant time, so that timing reveals nothing of it;
 * with no token configured the admin pages and API do not exist (404), rather than being open.
 */
public final class AdminToken {

    /** Shorter tokens are refused at start-up: this token can change what people at risk are told. */
    public static final int MIN_LENGTH = 24;
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    public AdminToken(String token) {
        if (token != null && !token.isBlank() && token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("bot.admin.token must have at least " + MIN_LENGTH + " characters");
        }
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return token != null;
    }

    boolean allows(String authorization) {
        if (token == null || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8));
    }
}
