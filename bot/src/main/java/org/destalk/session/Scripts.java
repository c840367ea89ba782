package org.destalk.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The SHA-1 digests Redis names scripts by, so that only the digest travels after the first call. */
final class Scripts {

    private static final Map<String, String> SHAS = new ConcurrentHashMap<>();

    private Scripts() {
    }

    static String sha(String script) {
        return SHAS.computeIfAbsent(script, text -> {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-1 is always available", e);
            }
        });
    }
}
