package org.destalk.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import org.destalk.engine.Event;

/**
 * Aggregate counters only. Tags are journey names and danger tiers, never anything about a person, so
 * that operating the bot never needs identifiers.
 */
public final class ConversationMetrics {

    private final MeterRegistry registry;

    public ConversationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Event event) {
        if (event instanceof Event.Entered entered) {
            registry.counter("destalk.journeys.started", "journey", entered.dialog()).increment();
        } else if (event instanceof Event.Finished finished) {
            registry.counter("destalk.journeys.finished", "journey", finished.dialog()).increment();
        } else if (event instanceof Event.Interrupted interrupted) {
            registry.counter("destalk.danger.interrupts", "tier", interrupted.danger().tier()).increment();
        } else if (event instanceof Event.Ended ended && ended.reason() == Event.Ended.Reason.QUICK_EXIT) {
            registry.counter("destalk.quick_exits").increment();
        }
    }

    void handoffRedeemed() {
        registry.counter("destalk.handoffs.redeemed").increment();
    }

    void storeUnavailable() {
        registry.counter("destalk.store.unavailable").increment();
    }

    void duplicateDelivery() {
        registry.counter("destalk.deliveries.duplicate").increment();
    }

    void rateLimited() {
        registry.counter("destalk.messages.rate_limited").increment();
    }
}
