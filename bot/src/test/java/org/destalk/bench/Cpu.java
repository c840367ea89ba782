package org.destalk.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the bot's process in nanoseconds, in all and for three kinds of thread that serve no
 * request while it waits: sending queued Telegram replies, the JIT compiling and the garbage collector.
 * The parts show how much of a turn's cost is the turn itself.
 *
 * @param threads the threads of those kinds by thread id, with the time each has used
 */
record Cpu(long total, Map<Long, ThreadTime> threads) {

    enum Kind { SENDING, COMPILING, COLLECTING }

    record ThreadTime(Kind kind, long nanos) {
    }

    long sending() {
        return sum(Kind.SENDING);
    }

    long compiling() {
        return sum(Kind.COMPILING);
    }

    long collecting() {
        return sum(Kind.COLLECTING);
    }

    /**
     * The time used between two readings. A thread that ended in between is left out rather than
     * subtracted: the outbox's HTTP threads end after a minute idle, and taking their whole past off
     * made a part negative. Time such a thread used before it ended is lost, so a part can be
     * underestimated, never negative.
     */
    Cpu minus(Cpu before) {
        Map<Long, ThreadTime> during = new HashMap<>();
        threads.forEach((id, now) -> {
            ThreadTime then = before.threads.get(id);
            during.put(id, new ThreadTime(now.kind, now.nanos - (then == null ? 0 : then.nanos)));
        });
        return new Cpu(total - before.total, during);
    }

    private long sum(Kind kind) {
        return threads.values().stream().filter(thread -> thread.kind == kind).mapToLong(ThreadTime::nanos).sum();
    }
}
