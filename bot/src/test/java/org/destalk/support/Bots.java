package org.destalk.support;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.destalk.conversation.ConversationMetrics;
import org.destalk.conversation.ConversationService;
import org.destalk.conversation.StartCodes;
import org.destalk.conversation.TurnMaker;
import org.destalk.engine.Content;
import org.destalk.engine.Engine;
import org.destalk.nlp.Understander;
import org.destalk.session.MemorySessionStore;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;

/** A whole bot without any channel: content, engine, a store and an understander, wired as in production. */
public final class Bots {

    public static final byte[] SECRET = "test-secret-of-at-least-16-bytes".getBytes();

    public final SessionStore store;
    public final ConversationService conversations;
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    public Bots(Content content, Understander understander, SessionStore store) {
        this(content, understander, store, StartCodes.NONE, ConversationService.Limits.DEFAULT);
    }

    public Bots(Content content, Understander understander, SessionStore store, StartCodes codes, ConversationService.Limits limits) {
        this.store = store;
        Engine engine = new Engine(content, "Robin");
        ConversationMetrics metrics = new ConversationMetrics(meters);
        this.conversations = new ConversationService(() -> engine, store, new SessionKeys(SECRET),
                new TurnMaker(understander, codes, metrics), metrics, limits);
    }

    public static Bots shipped(Understander understander) {
        return new Bots(Contents.shipped(), understander, memoryStore());
    }

    public static MemorySessionStore memoryStore() {
        return new MemorySessionStore(Duration.ofMinutes(30), 10_000, Repo.CLOCK);
    }

    public static SessionKeys keys() {
        return new SessionKeys(SECRET);
    }
}
