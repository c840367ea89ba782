package org.destalk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PersonTableTest {

    private final PersonTable table = new PersonTable();

    @Test
    void aPersonIsCreatedOnceAndFoundAgainUntilRemoved() {
        StoredPerson created = table.apply("s:a", true, Function.identity());
        assertSame(created, table.apply("s:a", true, Function.identity()));
        assertSame(created, table.apply("s:a", false, Function.identity()));
        assertNull(table.apply("s:b", false, Function.identity()), "an unknown key is not created unless asked");
        assertEquals(1, table.size());
        table.remove("s:a");
        assertNull(table.apply("s:a", false, Function.identity()));
        assertEquals(0, table.size());
    }

    /**
     * Thousands of keys over 64 shards make long probe runs that wrap around the end of their arrays;
     * every removal must leave everyone after it reachable. A map is the reference.
     */
    @Test
    void randomCreationsAndRemovalsKeepEveryoneReachable() {
        Map<String, StoredPerson> expected = new HashMap<>();
        Random random = new Random(20261125);
        for (int step = 0; step < 60_000; step++) {
            String key = "s:" + random.nextInt(6_000);
            switch (random.nextInt(3)) {
                case 0 -> expected.computeIfAbsent(key, k -> table.apply(k, true, Function.identity()));
                case 1 -> {
                    table.remove(key);
                    expected.remove(key);
                }
                default -> assertSame(expected.get(key), table.apply(key, false, Function.identity()), key);
            }
        }
        assertEquals(expected.size(), table.size());
        expected.forEach((key, person) -> assertSame(person, table.apply(key, false, Function.identity()), key));
    }

    @Test
    void removeIfDropsExactlyThoseItAccepts() {
        Map<String, StoredPerson> kept = new HashMap<>();
        List<StoredPerson> dropped = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StoredPerson person = table.apply("s:" + i, true, Function.identity());
            if (i % 3 == 0) {
                dropped.add(person);
            } else {
                kept.put("s:" + i, person);
            }
        }
        table.removeIf(dropped::contains);
        assertEquals(kept.size(), table.size());
        kept.forEach((key, person) -> assertSame(person, table.apply(key, false, Function.identity()), key));
        for (int i = 0; i < 5_000; i += 3) {
            assertNull(table.apply("s:" + i, false, Function.identity()));
        }
    }

    @Test
    void peopleCreatedFromManyThreadsAreAllThereOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t * 10_000;
                done.add(threads.submit(() -> {
                    for (int i = first; i < first + 10_000; i++) {
                        table.apply("s:" + i, true, person -> person.count(0, 60_000));
                        table.apply("s:" + (i % 1_000), true, person -> person.count(0, 60_000)); // shared by all threads
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(80_000, table.size());
        long shared = table.apply("s:7", false, person -> person.count(0, 60_000)) - 1;
        assertEquals(8 * 10 + 1, shared, "a shared person counted by every thread, none lost to a race");
        assertTrue(table.contains("s:79999"));
    }
}
