package org.destalk.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.destalk.channel.Conversations;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.engine.Engine;
import org.destalk.engine.Turn;
import org.destalk.session.Arrival;
import org.destalk.session.Session;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.destalk.session.StoreUnavailableException;
import org.destalk.session.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that wires channel input to language understanding, the engine and the store, and the
 * engine's events back to channel output. Logs only what happened, never to whom or what was said.
 */
public final class ConversationService implements Conversations {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationService.class);
    /**
     * Turns of one person are serialised within a process by a lock; across processes they race, and
     * the loser of a save reads the new state and tries again. A process holding a queue of that
     * person's messages can win many times in a row, hence generous attempts with a short random pause.
     */
    private static final int SAVE_ATTEMPTS = 20;
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    /** Limits that keep one sender or one redelivery from affecting anyone else. */
    public record Limits(Duration deliveryMemory, int messagesPerMinute) {
        public static final Limits DEFAULT = new Limits(Duration.ofHours(25), 30);
    }

    private final Supplier<Engine> engines;
    private final SessionStore store;
    private final SessionKeys keys;
    private final TurnMaker turns;
    private final ConversationMetrics metrics;
    private final Limits limits;
    private final Locks locks = new Locks(256);

    public ConversationService(Supplier<Engine> engines, SessionStore store, SessionKeys keys, TurnMaker turns,
                               ConversationMetrics metrics, Limits limits) {
        this.engines = engines;
        this.store = store;
        this.keys = keys;
        this.turns = turns;
        this.metrics = metrics;
        this.limits = limits;
    }

    @Override
    public Outbound handle(Inbound inbound) {
        String key = keys.session(inbound.channel(), inbound.sender());
        ReentrantLock lock = locks.forKey(key);
        lock.lock();
        try {
            String delivery = inbound.deliveryId() == null ? null : keys.marker("d", inbound.channel(), inbound.deliveryId());
            Arrival arrival = store.arrive(key, delivery, limits.deliveryMemory(), RATE_WINDOW);
            if (!admitted(arrival, inbound)) {
                return Outbound.NOTHING;
            }
            return converse(key, inbound, arrival.session());
        } catch (StoreUnavailableException e) {
            metrics.storeUnavailable();
            LOG.warn("Session store unavailable; answering without a session ({})", e.getMessage());
            return Replies.of(turns.withoutSession(engines.get(), inbound), List.of());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Redeliveries are handled once; a sender over the rate limit is ignored until the window passes,
     * except for a quick exit, which always gets through.
     */
    private boolean admitted(Arrival arrival, Inbound inbound) {
        if (arrival.repeated()) {
            metrics.duplicateDelivery();
            return false;
        }
        if (arrival.count() > limits.messagesPerMinute()
                && !(inbound.kind() == Inbound.Kind.TEXT && engines.get().isQuickExit(inbound.value()))) {
            metrics.rateLimited();
            return false;
        }
        return true;
    }

    /** The turn on the session that arrived with the message; after a lost save, on what the winner saved. */
    private Outbound converse(String key, Inbound inbound, Optional<Versioned> arrived) {
        Engine engine = engines.get();
        Optional<Versioned> stored = arrived;
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                pauseAfterConflict();
                stored = store.load(key);
            }
            Turn turn = stored.isPresent()
                    ? turns.next(engine, stored.get().session().state(), inbound)
                    : turns.first(engine, inbound, key);
            List<String> trail = stored.map(versioned -> versioned.session().trail()).orElse(List.of());
            if (persist(key, stored, turn, inbound)) {
                turn.events().forEach(metrics::record);
                return Replies.of(turn, withMessage(trail, inbound));
            }
        }
        LOG.warn("Gave up saving a turn after {} concurrent updates", SAVE_ATTEMPTS);
        return Outbound.NOTHING;
    }

    private static void pauseAfterConflict() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean persist(String key, Optional<Versioned> stored, Turn turn, Inbound inbound) {
        if (turn.ended()) {
            store.delete(key);
            return true;
        }
        Session previous = stored.map(Versioned::session).orElse(new Session(turn.state(), List.of()));
        Session next = previous.withState(turn.state()).remembering(inbound.messageId() == null ? List.of() : List.of(inbound.messageId()));
        return store.save(key, next, stored.map(Versioned::version).orElse(0L));
    }

    @Override
    public void sent(String channel, String sender, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        String key = keys.session(channel, sender);
        ReentrantLock lock = locks.forKey(key);
        lock.lock();
        try {
            for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
                Optional<Versioned> stored = store.load(key);
                if (stored.isEmpty() || store.save(key, stored.get().session().remembering(messageIds), stored.get().version())) {
                    return;
                }
            }
        } catch (StoreUnavailableException e) {
            metrics.storeUnavailable();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean inConversation(String channel, String sender) {
        try {
            return store.load(keys.session(channel, sender)).isPresent();
        } catch (StoreUnavailableException e) {
            metrics.storeUnavailable();
            return false;
        }
    }

    @Override
    public String systemText(String key, String language) {
        return turns.systemText(engines.get(), key, language);
    }

    private static List<String> withMessage(List<String> trail, Inbound inbound) {
        List<String> all = new ArrayList<>(trail);
        if (inbound.messageId() != null) {
            all.add(inbound.messageId());
        }
        return all;
    }
}
