package org.destalk.session;

import java.time.Duration;
import java.util.Optional;

/**
 * Where conversations live between turns. Keys are always {@link SessionKeys} HMACs, never a chat id or
 * a phone number. Implementations: {@link MemorySessionStore} (one process, the default) and
 * {@link RedisSessionStore} (several processes). Every method may throw {@link StoreUnavailableException}.
 *
 * <p>What belongs to a person is stored under their key: the session, the deliveries already handled
 * and their rate counter. {@link #delete} removes all of it at once.
 */
public interface SessionStore {

    Optional<Versioned> load(String key);

    /**
     * Saves only if the stored version still equals {@code expectedVersion} (0: only if absent), and
     * refreshes the idle expiry. Returns false when another turn saved first.
     */
    boolean save(String key, Session session, long expectedVersion);

    /** Removes the session and everything else stored under the person's key. */
    void delete(String key);

    /**
     * Everything a message needs before its turn, in one round trip: the delivery id (already hashed;
     * null when the channel has none) is remembered for {@code deliveryMemory}, and unless it was seen
     * before, the message is counted in a fixed {@code window} and the session is loaded.
     */
    Arrival arrive(String key, String delivery, Duration deliveryMemory, Duration window);

    /** Counts the person's attempts at hand-off codes in a fixed window, to make guessing hopeless. */
    long countCodeAttempts(String key, Duration window);

    /**
     * Sets a marker that is not part of a person's conversation (an SMS opt-out, which must outlive a
     * quick exit because carriers require it); true if it was absent.
     */
    boolean putMarker(String marker, Duration ttl);

    boolean hasMarker(String marker);

    void removeMarker(String marker);

    /** Counts an event under a name that is not a person's key (e.g. a source address), for rate limits. */
    long count(String counter, Duration window);

    /** Stores a small value that is not part of a conversation (a hand-off code's record), with an expiry. */
    void putValue(String key, String value, Duration ttl);

    Optional<String> getValue(String key);

    /** Reads and removes a value in one step, so that of two simultaneous takers only one gets it. */
    Optional<String> takeValue(String key);
}
