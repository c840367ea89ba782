package org.destalk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store for a single process, and the fake the tests use. Entries expire after the idle time; a
 * cap on the number of people keeps a flood of new senders from exhausting memory.
 *
 * <p>Sessions are kept in {@link SessionCodec}'s encoded form, as in Redis: a session is one small
 * array rather than a graph of objects, and a loaded session is a copy that no other turn can change.
 */
public final class MemorySessionStore implements SessionStore {

    private record Marker(long count, Instant expires) {
    }

    private record Value(String text, Instant expires) {
    }

    /** Separates a person's key from the names of the things stored under it. */
    private static final String PERSONAL = "|";
    private static final String CODES = "codes";
    /** How often, at most, a full store scans everyone for what has expired. */
    private static final long PURGE_INTERVAL_MILLIS = 1_000;

    private final PersonTable people = new PersonTable();
    private final Map<String, Marker> markers = new ConcurrentHashMap<>();
    private final Map<String, Value> values = new ConcurrentHashMap<>();
    private final long idleMillis;
    private final int maxPeople;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    public MemorySessionStore(Duration idle, int maxPeople, Clock clock) {
        this.idleMillis = idle.toMillis();
        this.maxPeople = maxPeople;
        this.clock = clock;
    }

    @Override
    public Optional<Versioned> load(String key) {
        long now = clock.millis();
        return people.apply(key, false, person -> person == null ? Optional.empty() : sessionOf(person, now));
    }

    private static Optional<Versioned> sessionOf(StoredPerson person, long now) {
        byte[] encoded = person.session(now);
        return encoded == null ? Optional.empty() : Optional.of(new Versioned(SessionCodec.decode(encoded), person.version(now)));
    }

    @Override
    public boolean save(String key, Session session, long expectedVersion) {
        byte[] encoded = SessionCodec.encode(session);
        long now = clock.millis();
        makeRoomFor(key, now);
        return people.apply(key, true, person -> person.save(encoded, expectedVersion, now, now + idleMillis));
    }

    @Override
    public void delete(String key) {
        people.remove(key);
        markers.remove(key + PERSONAL + CODES);
    }

    @Override
    public Arrival arrive(String key, String delivery, Duration deliveryMemory, Duration window) {
        long now = clock.millis();
        makeRoomFor(key, now);
        return people.apply(key, true, person ->
                delivery == null || person.firstDelivery(fingerprint(delivery), now, now + deliveryMemory.toMillis())
                        ? new Arrival(false, person.count(now, window.toMillis()), sessionOf(person, now))
                        : Arrival.repeat());
    }

    /** A new person is refused, after one attempt to drop whoever has expired, when the store is full. */
    private void makeRoomFor(String key, long now) {
        if (people.size() < maxPeople || people.contains(key)) {
            return;
        }
        long last = lastPurge.get();
        if (now - last >= PURGE_INTERVAL_MILLIS && lastPurge.compareAndSet(last, now)) {
            purgeExpired();
        }
        if (people.size() >= maxPeople) {
            throw new StoreUnavailableException("The in-memory session store is full.", null);
        }
    }

    /** 64 bits of a delivery id (an HMAC, so any well-mixed hash of it will do). */
    private static long fingerprint(String delivery) {
        return PersonTable.digest(delivery, 0xcbf29ce484222325L);
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

    /** Drops whatever has expired; called whenever the store is full. */
    public void purgeExpired() {
        long millis = clock.millis();
        Instant now = Instant.ofEpochMilli(millis);
        people.removeIf(person -> person.expired(millis));
        markers.entrySet().removeIf(entry -> !entry.getValue().expires().isAfter(now));
        values.entrySet().removeIf(entry -> !entry.getValue().expires().isAfter(now));
    }

    /** How many people the store holds, live or not yet purged. */
    public int size() {
        return people.size();
    }
}
