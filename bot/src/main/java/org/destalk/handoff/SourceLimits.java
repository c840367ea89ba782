package org.destalk.handoff;

import java.time.Duration;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;

/** Requests per source address per minute, for the API and the page (signing in included). */
final class SourceLimits {

    private final SessionStore store;
    private final SessionKeys keys;
    private final int perMinute;

    SourceLimits(SessionStore store, SessionKeys keys, int perMinute) {
        this.store = store;
        this.keys = keys;
        this.perMinute = perMinute;
    }

    /** Counts a request; false once the address is over its limit for this minute. */
    boolean allow(String address) {
        return store.count(keys.marker("source", "handoff", String.valueOf(address)), Duration.ofMinutes(1)) <= perMinute;
    }
}
