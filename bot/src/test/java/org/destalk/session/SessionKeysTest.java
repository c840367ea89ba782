package org.destalk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionKeysTest {

    private final SessionKeys keys = new SessionKeys("a-server-secret-for-tests".getBytes());

    @Test
    void theSameIdentityAlwaysGivesTheSameKeyAndNeverContainsIt() {
        String key = keys.session("sms", "+34600111222");
        assertEquals(key, keys.session("sms", "+34600111222"));
        assertFalse(key.contains("34600111222"));
        assertTrue(key.matches("s:[A-Za-z0-9_-]{22}"), key);
    }

    @Test
    void channelsAndSecretsSeparateKeys() {
        assertNotEquals(keys.session("sms", "12345"), keys.session("telegram", "12345"));
        assertNotEquals(keys.session("sms", "12345"), new SessionKeys("another-secret-of-16+".getBytes()).session("sms", "12345"));
        assertNotEquals(keys.session("sms", "12345"), keys.marker("s", "sms", "12345"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionKeys("short".getBytes()));
    }

    @Test
    void withoutAConfiguredSecretEachProcessMakesItsOwn() {
        assertNotEquals(SessionKeys.fromConfig("").session("sms", "1"), SessionKeys.fromConfig(null).session("sms", "1"));
    }
}
