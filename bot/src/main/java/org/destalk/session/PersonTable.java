package org.destalk.session;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The in-memory store's people, found by key: open-addressed tables in shards that lock independently.
 *
 * <p>Why not a {@code ConcurrentHashMap}: in a surge the store holds a hundred thousand people or more,
 * and the collector traces every object they leave in the heap. A map entry, its key string and the
 * string's bytes are three objects a person; here the key is kept as 128 bits inside the person and a
 * slot is one reference in an array. With the live heap smaller, G1 stays under the occupancy at which
 * it starts marking the whole heap, which it otherwise did cycle after cycle (see the README's
 * benchmarks).
 *
 * <p>Keys are {@link SessionKeys} HMACs: their 128-bit digest keeps people apart with no practical
 * chance of a clash, as a longer key would.
 */
final class PersonTable {

    private static final int SHARDS = 64;
    private static final int FIRST_CAPACITY = 16;

    private final Shard[] shards = new Shard[SHARDS];
    private final AtomicInteger size = new AtomicInteger();

    PersonTable() {
        for (int i = 0; i < SHARDS; i++) {
            shards[i] = new Shard();
        }
    }

    /**
     * Runs {@code action} on the person under their shard's lock, so that it sees and changes them
     * alone. When the key is unknown, the action gets a new person if {@code create}, otherwise null.
     */
    <R> R apply(String key, boolean create, Function<StoredPerson, R> action) {
        long high = digest(key, 0x9e3779b97f4a7c15L);
        long low = digest(key, 0xc2b2ae3d27d4eb4fL);
        return shardOf(high).apply(high, low, create, action, size);
    }

    void remove(String key) {
        long high = digest(key, 0x9e3779b97f4a7c15L);
        shardOf(high).remove(high, digest(key, 0xc2b2ae3d27d4eb4fL), size);
    }

    boolean contains(String key) {
        return apply(key, false, person -> person != null);
    }

    /** Drops everyone the test accepts, one shard at a time, so turns elsewhere go on meanwhile. */
    void removeIf(Predicate<StoredPerson> drop) {
        for (Shard shard : shards) {
            shard.removeIf(drop, size);
        }
    }

    int size() {
        return size.get();
    }

    private Shard shardOf(long high) {
        return shards[(int) (high >>> 58)];
    }

    /** 64 well-mixed bits of the key: FNV-1a from a seed, then a finaliser that spreads every bit. */
    static long digest(String key, long seed) {
        long hash = seed;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
        hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }

    /** One open-addressed table with linear probing, grown at half full; every method holds its lock. */
    private static final class Shard {

        private StoredPerson[] slots = new StoredPerson[FIRST_CAPACITY];
        private int count;

        synchronized <R> R apply(long high, long low, boolean create, Function<StoredPerson, R> action, AtomicInteger size) {
            int slot = find(high, low);
            if (slots[slot] == null && create) {
                slots[slot] = new StoredPerson(high, low);
                count++;
                size.incrementAndGet();
                if (growIfHalfFull()) {
                    slot = find(high, low);
                }
            }
            return action.apply(slots[slot]);
        }

        synchronized void remove(long high, long low, AtomicInteger size) {
            int slot = find(high, low);
            if (slots[slot] != null) {
                clear(slot);
                size.decrementAndGet();
            }
        }

        synchronized void removeIf(Predicate<StoredPerson> drop, AtomicInteger size) {
            int slot = 0;
            while (slot < slots.length) {
                if (slots[slot] != null && drop.test(slots[slot])) {
                    clear(slot);
                    size.decrementAndGet();
                } else {
                    slot++; // after a clear the slot may hold a person moved back into it: look again
                }
            }
        }

        /** The person's slot, or the empty slot where they would go. */
        private int find(long high, long low) {
            int mask = slots.length - 1;
            int slot = (int) low & mask;
            while (slots[slot] != null && !slots[slot].is(high, low)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /**
         * Empties a slot and moves back any later person of the same run whose home slot is not between
         * the hole and them, so that probing never stops at a hole before reaching someone.
         */
        private void clear(int slot) {
            int mask = slots.length - 1;
            int hole = slot;
            slots[hole] = null;
            count--;
            int next = (hole + 1) & mask;
            while (slots[next] != null) {
                int home = (int) slots[next].low() & mask;
                if (((next - home) & mask) >= ((next - hole) & mask)) {
                    slots[hole] = slots[next];
                    slots[next] = null;
                    hole = next;
                }
                next = (next + 1) & mask;
            }
        }

        private boolean growIfHalfFull() {
            if (count * 2 <= slots.length) {
                return false;
            }
            StoredPerson[] old = slots;
            slots = new StoredPerson[old.length * 2];
            for (StoredPerson person : old) {
                if (person != null) {
                    slots[find(person.high(), person.low())] = person;
                }
            }
            return true;
        }
    }
}
