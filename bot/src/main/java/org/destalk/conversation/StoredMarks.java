package org.destalk.conversation;

import java.time.Duration;
import org.destalk.channel.Marks;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;

/** {@link Marks} kept in the session store under HMAC keys. */
public final class StoredMarks implements Marks {

    private final SessionStore store;
    private final SessionKeys keys;

    public StoredMarks(SessionStore store, SessionKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public void set(String kind, String channel, String sender, Duration ttl) {
        String marker = keys.marker(kind, channel, sender);
        store.removeMarker(marker);
        store.putMarker(marker, ttl);
    }

    @Override
    public boolean has(String kind, String channel, String sender) {
        return store.hasMarker(keys.marker(kind, channel, sender));
    }

    @Override
    public void clear(String kind, String channel, String sender) {
        store.removeMarker(keys.marker(kind, channel, sender));
    }
}
