package org.destalk.conversation;

import java.time.Duration;
import org.destalk.channel.Marks;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.destalk.session.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Marks} kept in the session store under HMAC keys. When the store is unreachable a mark reads
 * as absent: the person still gets an answer, which matters more than honouring a mark a few minutes late.
 */
public final class StoredMarks implements Marks {

    private static final Logger LOG = LoggerFactory.getLogger(StoredMarks.class);

    private final SessionStore store;
    private final SessionKeys keys;

    public StoredMarks(SessionStore store, SessionKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public void set(String kind, String channel, String sender, Duration ttl) {
        String marker = keys.marker(kind, channel, sender);
        try {
            store.removeMarker(marker);
            store.putMarker(marker, ttl);
        } catch (StoreUnavailableException e) {
            LOG.warn("A {} mark could not be stored ({})", kind, e.getMessage());
        }
    }

    @Override
    public boolean has(String kind, String channel, String sender) {
        try {
            return store.hasMarker(keys.marker(kind, channel, sender));
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    @Override
    public void clear(String kind, String channel, String sender) {
        try {
            store.removeMarker(keys.marker(kind, channel, sender));
        } catch (StoreUnavailableException e) {
            LOG.warn("A {} mark could not be cleared ({})", kind, e.getMessage());
        }
    }
}
