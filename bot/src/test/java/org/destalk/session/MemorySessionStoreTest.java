package org.destalk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.destalk.support.MutableClock;
import org.junit.jupiter.api.Test;

class MemorySessionStoreTest extends SessionStoreContract {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final MutableClock clock = new MutableClock();
    private final MemorySessionStore store = new MemorySessionStore(IDLE, 3, clock);

    @Override
    protected Duration idle() {
        return IDLE;
    }

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void elapse(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void aFullStoreMakesRoomByDroppingExpiredSessionsAndOtherwiseRefuses() {
        store.save("s:1", session("a", List.of()), 0);
        store.save("s:2", session("a", List.of()), 0);
        store.save("s:3", session("a", List.of()), 0);
        assertThrows(StoreUnavailableException.class, () -> store.save("s:4", session("a", List.of()), 0));
        clock.advance(IDLE.plusSeconds(1));
        store.save("s:4", session("a", List.of()), 0);
        assertEquals(1, store.size());
    }
}
