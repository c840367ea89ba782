package org.destalk.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Sends requests to the bot over keep-alive connections, either as fast as it answers (closed loop,
 * for throughput) or at a fixed rate (open loop, for latency). At a fixed rate each latency counts
 * from when the request was due, not from when it was sent, so a stalled server cannot hide the
 * requests it delayed.
 */
final class LoadDriver {

    private static final Duration IDLE_WINDOW = Duration.ofMillis(250);
    private static final int OK = 200;
    private static final int DEFERRED = 503;

    private final int port;
    private final Supplier<Cpu> botCpu;

    /** @param botCpu the CPU time the bot's process has used so far, read before and after each run */
    LoadDriver(int port, Supplier<Cpu> botCpu) {
        this.port = port;
        this.botCpu = botCpu;
    }

    /**
     * Latencies and counts of one run; times in nanoseconds. {@code deferred} requests were refused with
     * 503 because replies were waiting to go out (Telegram would deliver them again); they are not
     * counted as answered. {@code botCpu} is the CPU time the bot's process used during the run, on
     * every thread: HTTP, the turn, replies going out, garbage collection and compilation.
     */
    record Result(String name, long requests, long deferred, long errors, double seconds, long p50, long p99, long max, Cpu botCpu) {
        double perSecond() {
            return (requests - deferred) / seconds;
        }

        /** The bot's CPU time per answered request, in microseconds: its cost, apart from the driver's and the fakes'. */
        double cpuMicrosPerAnswer() {
            return perAnswer(botCpu.total());
        }

        /** The part of {@link #cpuMicrosPerAnswer()} spent sending queued replies (Telegram's outbox), after the answer. */
        double sendingMicrosPerAnswer() {
            return perAnswer(botCpu.sending());
        }

        double compilingMicrosPerAnswer() {
            return perAnswer(botCpu.compiling());
        }

        double collectingMicrosPerAnswer() {
            return perAnswer(botCpu.collecting());
        }

        private double perAnswer(long nanos) {
            return nanos / 1e3 / Math.max(1, requests - deferred);
        }
    }

    /**
     * Waits until the bot uses less than a tenth of a core (its queued replies sent, its collector done),
     * for at most half a minute, so that a run is charged only its own work.
     */
    void awaitIdleBot() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long before = botCpu.get().total();
        while (System.nanoTime() < deadline) {
            Thread.sleep(IDLE_WINDOW.toMillis());
            long after = botCpu.get().total();
            if (after - before < IDLE_WINDOW.toNanos() / 10) {
                return;
            }
            before = after;
        }
    }

    Result asFastAsPossible(String name, LongFunction<byte[]> requests, int connections, Duration duration) throws InterruptedException {
        return asFastAsPossible(name, requests, OK, connections, duration);
    }

    /** As fast as the bot answers, where every answer should have status {@code expected}; any other is an error (but 503). */
    Result asFastAsPossible(String name, LongFunction<byte[]> requests, int expected, int connections, Duration duration)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        return run(name, requests, expected, connections, false, index -> System.nanoTime() < end ? 0 : -1);
    }

    Result atFixedRate(String name, LongFunction<byte[]> requests, int perSecond, int connections, Duration duration)
            throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        long interval = Duration.ofSeconds(1).toNanos() / perSecond;
        long count = duration.toSeconds() * perSecond;
        return run(name, requests, OK, connections, true, index -> index < count ? start + index * interval : -1);
    }

    /** When request {@code index} is due (unpaced runs: any value but -1), or -1 when the run is over. */
    private interface Schedule {
        long due(long index);
    }

    private Result run(String name, LongFunction<byte[]> requests, int expected, int connections, boolean paced, Schedule schedule)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        Cpu cpuBefore = botCpu.get();
        long began = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(new RawHttp(port), requests, expected, paced, schedule, next);
            workers.add(worker);
            worker.thread.start();
        }
        for (Worker worker : workers) {
            worker.thread.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        return summarise(name, workers, seconds, botCpu.get().minus(cpuBefore));
    }

    private static Result summarise(String name, List<Worker> workers, double seconds, Cpu botCpu) {
        long[] all = workers.stream().flatMapToLong(worker -> Arrays.stream(worker.latencies, 0, worker.count)).sorted().toArray();
        long errors = workers.stream().mapToLong(worker -> worker.errors).sum();
        long deferred = workers.stream().mapToLong(worker -> worker.deferred).sum();
        return new Result(name, all.length, deferred, errors, seconds, percentile(all, 50), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1],
                botCpu);
    }

    private static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int at = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    private static final class Worker implements Runnable {
        final Thread thread = new Thread(this, "load");
        private final RawHttp connection;
        private final LongFunction<byte[]> requests;
        private final int expected;
        private final boolean paced;
        private final Schedule schedule;
        private final AtomicLong next;
        long[] latencies = new long[4096];
        int count;
        long errors;
        long deferred;

        Worker(RawHttp connection, LongFunction<byte[]> requests, int expected, boolean paced, Schedule schedule, AtomicLong next) {
            this.connection = connection;
            this.requests = requests;
            this.expected = expected;
            this.paced = paced;
            this.schedule = schedule;
            this.next = next;
        }

        @Override
        public void run() {
            try (connection) {
                for (long index = next.getAndIncrement(), due = schedule.due(index); due >= 0; index = next.getAndIncrement(), due = schedule.due(index)) {
                    byte[] request = requests.apply(index);
                    long from = paced ? due : System.nanoTime();
                    waitUntil(from);
                    int status = send(request);
                    record(System.nanoTime() - from, status);
                }
            }
        }

        /** The status, or -1 when the connection failed. */
        private int send(byte[] request) {
            try {
                return connection.exchange(request);
            } catch (IOException | RuntimeException failed) {
                connection.close();
                return -1;
            }
        }

        private void record(long latency, int status) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latency;
            if (status == DEFERRED) {
                deferred++;
            } else if (status != expected) {
                errors++;
            }
        }

        private static void waitUntil(long due) {
            for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }
}
