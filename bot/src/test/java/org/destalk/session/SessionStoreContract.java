package org.destalk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.destalk.engine.State;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} must do, run against each implementation. Subclasses supply a store
 * with a 30-minute idle expiry and a way to let time pass.
 */
public abstract class SessionStoreContract {

    protected abstract SessionStore store();

    /** The store's idle expiry; stores on real time use a short one. */
    protected abstract Duration idle();

    /** Lets time pass for the store (a mutable clock, or real waiting for stores that keep real time). */
    protected abstract void elapse(Duration duration);

    /** A short span the store can observe; stores on real time keep it short. */
    protected Duration shortTtl() {
        return Duration.ofSeconds(2);
    }

    protected static String key(String name) {
        return "s:" + name + "-" + System.nanoTime();
    }

    protected static Session session(String node, List<String> trail) {
        State state = new State("check", node, "es", "ES", "yes", Map.of("strong", 2), Set.of("android"), "check.knows",
                new State.Awaiting(State.Awaiting.Kind.CLARIFY, List.of("find_help", "check_phone")), 1, true);
        return new Session(state, trail);
    }

    @Test
    void aSavedSessionComesBackWhole() {
        String key = key("whole");
        Session session = session("phone", List.of("101", "102", "SM0123456789abcdef0123456789abcdef"));
        assertTrue(store().save(key, session, 0));
        Versioned loaded = store().load(key).orElseThrow();
        assertEquals(session, loaded.session());
        assertEquals(1, loaded.version());
    }

    @Test
    void saveIsACheckAndSet() {
        String key = key("cas");
        assertTrue(store().save(key, session("a", List.of()), 0));
        assertFalse(store().save(key, session("b", List.of()), 0), "absent-only save on an existing session");
        assertFalse(store().save(key, session("b", List.of()), 7), "stale version");
        assertTrue(store().save(key, session("c", List.of()), 1));
        assertEquals("c", store().load(key).orElseThrow().session().state().node());
        assertEquals(2, store().load(key).orElseThrow().version());
    }

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneWin() throws Exception {
        String key = key("race");
        store().save(key, session("start", List.of()), 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> writers = List.of(1, 2, 3, 4, 5, 6, 7, 8).stream()
                    .map(i -> (Callable<Boolean>) () -> store().save(key, session("w" + i, List.of()), 1)).toList();
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(writers)) {
                winners += result.get() ? 1 : 0;
            }
            assertEquals(1, winners);
            assertEquals(2, store().load(key).orElseThrow().version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdleSessionExpiresAndEverySaveRefreshesTheExpiry() {
        String key = key("idle");
        Duration most = idle().multipliedBy(2).dividedBy(3);
        store().save(key, session("a", List.of()), 0);
        elapse(most);
        assertTrue(store().save(key, session("b", List.of()), 1), "a write within the idle time");
        elapse(most);
        assertTrue(store().load(key).isPresent(), "still alive: the write refreshed the expiry");
        elapse(most);
        assertTrue(store().load(key).isEmpty());
    }

    @Test
    void deleteRemovesTheSessionAndEverythingStoredUnderThePerson() {
        String key = key("gone");
        store().save(key, session("a", List.of("1")), 0);
        assertFalse(arrive(key, "d:1").repeated());
        store().countCodeAttempts(key, Duration.ofHours(1));
        store().delete(key);
        assertTrue(store().load(key).isEmpty());
        Arrival again = arrive(key, "d:1");
        assertFalse(again.repeated(), "delivery markers went with the person");
        assertEquals(1, again.count(), "the rate counter went too");
        assertEquals(1, store().countCodeAttempts(key, Duration.ofHours(1)), "and the code attempts");
    }

    @Test
    void deletingOnePersonLeavesEveryoneElsesDeliveriesAndCounts() {
        String gone = key("gone");
        String stays = key("stays");
        arrive(gone, "d:1");
        arrive(stays, "d:1");
        store().delete(gone);
        Arrival again = arrive(stays, "d:1");
        assertTrue(again.repeated(), "the other person's delivery is still remembered");
        assertEquals(2, arrive(stays, "d:2").count(), "and their count still runs");
    }

    @Test
    void aDeliveryIsFirstOnlyOnceWithinItsMemory() {
        String key = key("once");
        assertFalse(store().arrive(key, "d:42", shortTtl(), shortTtl()).repeated());
        assertTrue(store().arrive(key, "d:42", shortTtl(), shortTtl()).repeated());
        assertFalse(store().arrive(key(("other")), "d:42", shortTtl(), shortTtl()).repeated(), "another person's deliveries are separate");
        elapse(shortTtl().plusSeconds(1));
        assertFalse(store().arrive(key, "d:42", shortTtl(), shortTtl()).repeated());
    }

    @Test
    void messagesAreCountedPerWindowAndARedeliveryIsNotCounted() {
        String key = key("rate");
        assertEquals(1, store().arrive(key, null, shortTtl(), shortTtl()).count());
        assertEquals(2, store().arrive(key, "d:7", shortTtl(), shortTtl()).count());
        assertTrue(store().arrive(key, "d:7", shortTtl(), shortTtl()).repeated());
        assertEquals(3, store().arrive(key, null, shortTtl(), shortTtl()).count());
        elapse(shortTtl().plusSeconds(1));
        assertEquals(1, store().arrive(key, null, shortTtl(), shortTtl()).count());
    }

    @Test
    void anArrivalBringsTheSessionAsLoaded() {
        String key = key("arrive");
        assertTrue(arrive(key, "d:1").session().isEmpty(), "nobody yet");
        Session session = session("phone", List.of("101"));
        store().save(key, session, 0);
        Versioned arrived = arrive(key, "d:2").session().orElseThrow();
        assertEquals(session, arrived.session());
        assertEquals(1, arrived.version());
        assertTrue(arrive(key, "d:2").session().isEmpty(), "a redelivery brings nothing");
    }

    private Arrival arrive(String key, String delivery) {
        return store().arrive(key, delivery, Duration.ofHours(1), Duration.ofMinutes(1));
    }

    @Test
    void markersOutliveADeletedSession() {
        String key = key("optout");
        String marker = "optout:" + key;
        assertTrue(store().putMarker(marker, Duration.ofDays(365)));
        assertFalse(store().putMarker(marker, Duration.ofDays(365)));
        store().delete(key);
        assertTrue(store().hasMarker(marker));
        store().removeMarker(marker);
        assertFalse(store().hasMarker(marker));
    }

    @Test
    void aValueIsTakenOnceEvenByTwoAtTheSameTime() throws Exception {
        String key = "v:" + System.nanoTime();
        store().putValue(key, "record", Duration.ofMinutes(5));
        assertEquals("record", store().getValue(key).orElseThrow());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long takers = 0;
            for (Future<Boolean> taken : pool.invokeAll(List.of(1, 2, 3, 4, 5, 6, 7, 8).stream()
                    .map(i -> (Callable<Boolean>) () -> store().takeValue(key).isPresent()).toList())) {
                takers += taken.get() ? 1 : 0;
            }
            assertEquals(1, takers);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(store().getValue(key).isEmpty());
    }

    @Test
    void aValueExpires() {
        String key = "v:" + System.nanoTime();
        store().putValue(key, "soon gone", shortTtl());
        elapse(shortTtl().plusMillis(300));
        assertTrue(store().getValue(key).isEmpty());
        assertTrue(store().takeValue(key).isEmpty());
    }

    @Test
    void globalCountersCountPerWindow() {
        String counter = "ip:" + System.nanoTime();
        assertEquals(1, store().count(counter, shortTtl()));
        assertEquals(2, store().count(counter, shortTtl()));
    }
}
