package org.destalk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store for a single process, and the fake the tests use. Entries expire after the idle time; a
 * cap on the number of sessions keeps a flood of new senders from exhausting memory.
 */
public final class MemorySessionStore implements SessionStore {

    private record Entry(Versioned value, Instant expires) {
    }

    private record Marker(long count, Instant expires) {
    }

    private record Value(String text, Instant expires) {
    }

    /** Separates a person's key from the names of the things stored under it. */
    private static final String PERSONAL = "|";
    private static final String RATE = "rate";
    private static final String CODES = "codes";

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Map<String, Marker> markers = new ConcurrentHashMap<>();
    /** Per person, the delivery ids already handled and until when they are remembered; changed only inside compute. */
    private final Map<String, Map<String, Instant>> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Value> values = new ConcurrentHashMap<>();
    private final Duration idle;
    private final int maxSessions;
    private final Clock clock;

    public MemorySessionStore(Duration idle, int maxSessions, Clock clock) {
        this.idle = idle;
        this.maxSessions = maxSessions;
        this.clock = clock;
    }

    @Override
    public Optional<Versioned> load(String key) {
        Entry entry = sessions.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(clock.instant())) {
            sessions.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public boolean save(String key, Session session, long expectedVersion) {
        if (expectedVersion == 0 && sessions.size() >= maxSessions) {
            purgeExpired();
            if (sessions.size() >= maxSessions) {
                throw new StoreUnavailableException("The in-memory session store is full.", null);
            }
        }
        AtomicBoolean saved = new AtomicBoolean();
        Instant now = clock.instant();
        sessions.compute(key, (k, current) -> {
            boolean live = current != null && current.expires().isAfter(now);
            long version = live ? current.value().version() : 0;
            if (version != expectedVersion) {
                return current;
            }
            saved.set(true);
            return new Entry(new Versioned(session, version + 1), now.plus(idle));
        });
        return saved.get();
    }

    @Override
    public void delete(String key) {
        sessions.remove(key);
        deliveries.remove(key);
        markers.remove(key + PERSONAL + RATE);
        markers.remove(key + PERSONAL + CODES);
    }

    @Override
    public Arrival arrive(String key, String delivery, Duration deliveryMemory, Duration window) {
        if (delivery != null && !firstDelivery(key, delivery, deliveryMemory)) {
            return Arrival.repeat();
        }
        return new Arrival(false, count(key + PERSONAL + RATE, window), load(key));
    }

    /** A person's delivery ids live together, so that a delete removes them without a scan of everyone's. */
    private boolean firstDelivery(String key, String delivery, Duration memory) {
        Instant now = clock.instant();
        AtomicBoolean first = new AtomicBoolean();
        deliveries.compute(key, (k, seen) -> {
            Map<String, Instant> live = seen == null ? new HashMap<>() : seen;
            live.values().removeIf(expires -> !expires.isAfter(now));
            first.set(live.putIfAbsent(delivery, now.plus(memory)) == null);
            return live;
        });
        return first.get();
    }

    @Override
    public long countCodeAttempts(String key, Duration window) {
        return count(key + PERSONAL + CODES, window);
    }

    @Override
    public boolean putMarker(String marker, Duration ttl) {
        Instant now = clock.instant();
        AtomicBoolean first = new AtomicBoolean();
        markers.compute(marker, (k, current) -> {
            if (current != null && current.expires().isAfter(now)) {
                return current;
            }
            first.set(true);
            return new Marker(1, now.plus(ttl));
        });
        return first.get();
    }

    @Override
    public boolean hasMarker(String marker) {
        Marker current = markers.get(marker);
        return current != null && current.expires().isAfter(clock.instant());
    }

    @Override
    public void removeMarker(String marker) {
        markers.remove(marker);
    }

    @Override
    public long count(String counter, Duration window) {
        Instant now = clock.instant();
        return markers.compute(counter, (k, current) -> current == null || !current.expires().isAfter(now)
                ? new Marker(1, now.plus(window))
                : new Marker(current.count() + 1, current.expires())).count();
    }

    @Override
    public void putValue(String key, String value, Duration ttl) {
        values.put(key, new Value(value, clock.instant().plus(ttl)));
    }

    @Override
    public Optional<String> getValue(String key) {
        Value value = values.get(key);
        return value == null || !value.expires().isAfter(clock.instant()) ? Optional.empty() : Optional.of(value.text());
    }

    @Override
    public Optional<String> takeValue(String key) {
        Value value = values.remove(key);
        return value == null || !value.expires().isAfter(clock.instant()) ? Optional.empty() : Optional.of(value.text());
    }

    /** Drops whatever has expired; called periodically and whenever the store is full. */
    public void purgeExpired() {
        Instant now = clock.instant();
        sessions.entrySet().removeIf(entry -> !entry.getValue().expires().isAfter(now));
        markers.entrySet().removeIf(entry -> !entry.getValue().expires().isAfter(now));
        deliveries.keySet().forEach(key -> deliveries.computeIfPresent(key, (k, seen) -> {
            seen.values().removeIf(expires -> !expires.isAfter(now));
            return seen.isEmpty() ? null : seen;
        }));
        values.entrySet().removeIf(entry -> !entry.getValue().expires().isAfter(now));
    }

    public int size() {
        return sessions.size();
    }
}
