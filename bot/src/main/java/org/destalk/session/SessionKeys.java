package org.destalk.session;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a channel identity (a chat id, a phone number) into a store key that cannot be reversed without
 * the server secret: an HMAC-SHA256, cut to 128 bits and base64url-encoded. The identity itself is
 * never stored or logged.
 */
public final class SessionKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 16;

    /** One Mac per thread: looking one up costs more than the hashing itself, and a Mac is not thread-safe. */
    private final ThreadLocal<Mac> macs;

    public SessionKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("The session key secret must have at least 16 bytes.");
        }
        SecretKeySpec key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
    }

    /** A secret that lives only as long as this process: sessions do not survive a restart. */
    public static SessionKeys random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new SessionKeys(secret);
    }

    public static SessionKeys fromConfig(String configured) {
        return configured == null || configured.isBlank() ? random() : new SessionKeys(configured.getBytes(StandardCharsets.UTF_8));
    }

    /** The key of a person's conversation on a channel. */
    public String session(String channel, String identity) {
        return "s:" + hmac(channel + "\u0000" + identity);
    }

    /** The key of a marker about a person or a delivery (e.g. "seen", "optout"), equally unreadable. */
    public String marker(String kind, String channel, String value) {
        return kind + ":" + hmac(kind + "\u0000" + channel + "\u0000" + value);
    }

    private String hmac(String value) {
        byte[] digest = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)); // doFinal also resets the Mac
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEY_BYTES));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
