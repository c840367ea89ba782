package org.destalk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.destalk.support.RedisFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same contract as the in-memory store, against a real Redis server. */
class RedisSessionStoreTest extends SessionStoreContract {

    private static final Duration IDLE = Duration.ofMillis(1500);
    private static RedisConnector connector;
    private static RedisSessionStore store;

    @BeforeAll
    static void connect() {
        connector = new RedisConnector(RedisFixture.shared().url(), Duration.ofSeconds(2));
        store = new RedisSessionStore(connector.commands(), IDLE, Clock.systemUTC());
    }

    @AfterAll
    static void disconnect() {
        connector.close();
    }

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected Duration idle() {
        return IDLE;
    }

    @Override
    protected void elapse(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected Duration shortTtl() {
        return Duration.ofMillis(600);
    }

    @Test
    void aTypicalSessionTakesAtMost256Bytes() {
        String key = key("size");
        List<String> trail = List.of("101", "1001", "102", "1002", "103", "1003", "104", "1004", "105", "1005");
        store.save(key, session("android_access", trail), 0);
        byte[] stored = connector.commands().get(RedisSessionStore.sessionKey(key));
        assertTrue(stored.length <= 256, stored.length + " bytes");
    }

    @Test
    void keysAndValuesNeverHoldTheIdentityInClear() {
        SessionKeys keys = new SessionKeys("redis-test-secret-0123".getBytes(StandardCharsets.UTF_8));
        String key = keys.session("sms", "+34600123456");
        store.save(key, session("a", List.of("SM0123456789abcdef0123456789abcdef")), 0);
        for (byte[] redisKey : connector.commands().keys("*")) {
            String name = new String(redisKey, StandardCharsets.UTF_8);
            assertFalse(name.contains("600123456"), name);
            byte[] value = "string".equals(connector.commands().type(redisKey)) ? connector.commands().get(redisKey) : new byte[0];
            assertFalse(new String(value, StandardCharsets.ISO_8859_1).contains("600123456"));
        }
    }

    @Test
    void aStoppedServerIsReportedAsUnavailableAndTheStoreRecoversWhenItReturns() {
        try (RedisFixture own = RedisFixture.embedded();
             RedisConnector local = new RedisConnector(own.url(), Duration.ofMillis(500))) {
            RedisSessionStore outage = new RedisSessionStore(local.commands(), Duration.ofMinutes(30), Clock.systemUTC());
            assertTrue(outage.save("s:a", session("a", List.of()), 0));
            own.stop();
            assertThrows(StoreUnavailableException.class, () -> outage.load("s:a"));
            own.restart();
            boolean recovered = false;
            for (int i = 0; i < 50 && !recovered; i++) {
                try {
                    recovered = outage.save("s:b", session("b", List.of()), 0);
                } catch (StoreUnavailableException stillDown) {
                    elapse(Duration.ofMillis(100));
                }
            }
            assertTrue(recovered, "reconnected by itself");
            assertEquals("b", outage.load("s:b").orElseThrow().session().state().node());
        }
    }
}
