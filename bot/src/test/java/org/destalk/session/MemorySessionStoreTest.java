package org.destalk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aFullStoreStillTakesMessagesFromPeopleItHoldsButRefusesNewOnes() {
        store.save("s:1", session("a", List.of()), 0);
        store.save("s:2", session("a", List.of()), 0);
        store.arrive("s:3", "d:first", Duration.ofDays(1), Duration.ofMinutes(1));
        assertEquals(1, store.arrive("s:1", "d:again", Duration.ofDays(1), Duration.ofMinutes(1)).count(), "the store holds three people");
        assertThrows(StoreUnavailableException.class, () -> store.arrive("s:4", "d:new", Duration.ofDays(1), Duration.ofMinutes(1)));
    }

    @Test
    void aPersonIsDroppedOnlyWhenTheirSessionCountAndDeliveriesHaveAllExpired() {
        store.arrive("s:1", "d:first", Duration.ofHours(2), Duration.ofMinutes(1));
        store.save("s:1", session("a", List.of()), 0);
        clock.advance(IDLE.plusSeconds(1));
        store.purgeExpired();
        assertEquals(1, store.size(), "the delivery is still remembered");
        assertTrue(store.arrive("s:1", "d:first", Duration.ofHours(2), Duration.ofMinutes(1)).repeated());
        clock.advance(Duration.ofHours(2));
        store.purgeExpired();
        assertEquals(0, store.size());
    }
}
