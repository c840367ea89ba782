package org.destalk.session;

import java.util.Arrays;

/**
 * Everything the in-memory store keeps for one person, in one object: their key (as 128 bits), the
 * session in its compact encoded form, the message count of the current rate window, and the deliveries
 * already handled. A surge brings tens of thousands of people who all stay for the idle time, and the
 * collector visits every object they leave behind, so a person is three objects (this, the session's
 * bytes and the deliveries): about 270 bytes after four messages, and 16 more for each later one.
 *
 * <p>Not thread-safe: {@link PersonTable} only hands a person out under their shard's lock.
 * Times are epoch milliseconds.
 */
final class StoredPerson {

    private static final long[] NO_DELIVERIES = {};

    /** The person's key, as {@link PersonTable} digests it. */
    private final long high;
    private final long low;

    private byte[] session;
    private long version;
    private long sessionExpires;
    private long rateCount;
    private long rateExpires;
    /** Pairs of (fingerprint of a delivery id, when it is forgotten). */
    private long[] deliveries = NO_DELIVERIES;

    StoredPerson(long high, long low) {
        this.high = high;
        this.low = low;
    }

    boolean is(long high, long low) {
        return this.high == high && this.low == low;
    }

    long high() {
        return high;
    }

    long low() {
        return low;
    }

    /** The live session's encoded form and version, or null. */
    byte[] session(long now) {
        return now < sessionExpires ? session : null;
    }

    long version(long now) {
        return now < sessionExpires ? version : 0;
    }

    /** Stores the session if the live version is {@code expectedVersion}; false if another turn saved first. */
    boolean save(byte[] encoded, long expectedVersion, long now, long expires) {
        if (version(now) != expectedVersion) {
            return false;
        }
        session = encoded;
        version = expectedVersion + 1;
        sessionExpires = expires;
        return true;
    }

    /** Counts a message in a fixed window that opens with the first message after the last one closed. */
    long count(long now, long window) {
        if (now >= rateExpires) {
            rateCount = 0;
            rateExpires = now + window;
        }
        return ++rateCount;
    }

    /**
     * Remembers a delivery until {@code until}; false if it was already remembered. A delivery id is an
     * HMAC, so 64 bits of it tell one person's few deliveries apart with no practical chance of a clash.
     */
    boolean firstDelivery(long fingerprint, long now, long until) {
        forgetDeliveries(now);
        for (int i = 0; i < deliveries.length; i += 2) {
            if (deliveries[i] == fingerprint) {
                return false;
            }
        }
        long[] longer = Arrays.copyOf(deliveries, deliveries.length + 2);
        longer[deliveries.length] = fingerprint;
        longer[deliveries.length + 1] = until;
        deliveries = longer;
        return true;
    }

    /** True when nothing about the person is live any more, so the record can go. */
    boolean expired(long now) {
        forgetDeliveries(now);
        return now >= sessionExpires && now >= rateExpires && deliveries.length == 0;
    }

    private void forgetDeliveries(long now) {
        int kept = 0;
        for (int i = 0; i < deliveries.length; i += 2) {
            if (now < deliveries[i + 1]) {
                deliveries[kept] = deliveries[i];
                deliveries[kept + 1] = deliveries[i + 1];
                kept += 2;
            }
        }
        if (kept < deliveries.length) {
            deliveries = kept == 0 ? NO_DELIVERIES : Arrays.copyOf(deliveries, kept);
        }
    }
}
