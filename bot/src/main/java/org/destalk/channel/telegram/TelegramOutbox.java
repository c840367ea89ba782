package org.destalk.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Everything sent to Telegram goes through here: one ordered lane per chat, at most one message a
 * {@code perChat} to a chat and {@code perSecond} overall, {@code retry_after} obeyed on 429, 5xx and
 * unreachable servers retried with backoff, and a message never sent twice when its fate is unknown.
 */
public final class TelegramOutbox implements AutoCloseable {

    /**
     * About a minute of Telegram's pace of thirty messages a second. Replies waiting here are lost if
     * the process stops, and the collector copies every one of them; updates refused with 503 wait
     * safely at Telegram, which delivers them again.
     */
    public static final int DEFAULT_MAX_QUEUED = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(TelegramOutbox.class);

    private final TelegramClient client;
    private final TelegramSettings settings;
    private final ScheduledExecutorService workers;
    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicLong nextGlobalNanos = new AtomicLong();
    private final long globalIntervalNanos;
    private final AtomicInteger queued = new AtomicInteger();
    private final int maxQueued;

    public TelegramOutbox(TelegramClient client, TelegramSettings settings) {
        this(client, settings, DEFAULT_MAX_QUEUED);
    }

    /** @param maxQueued calls waiting to be sent above which the outbox counts as full (see {@link #full()}) */
    public TelegramOutbox(TelegramClient client, TelegramSettings settings, int maxQueued) {
        this.client = client;
        this.settings = settings;
        this.maxQueued = maxQueued;
        this.globalIntervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, settings.perSecond());
        this.workers = Executors.newScheduledThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "telegram-outbox");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void enqueue(long chatId, Job job) {
        wake(lanes.compute(chatId, (id, lane) -> {
            Lane existing = lane == null ? new Lane(id) : lane;
            existing.add(job);
            queued.incrementAndGet();
            return existing;
        }));
    }

    /**
     * Whether more calls wait than the outbox should hold. Telegram takes about thirty messages a
     * second; a surge above that must wait at Telegram's side (it redelivers an update that was not
     * accepted) rather than pile up here until the process runs out of memory.
     */
    public boolean full() {
        return queued.get() >= maxQueued;
    }

    /** Quick exit: nothing more waits to be sent to this chat, and its messages are deleted. */
    public void wipe(long chatId, List<Integer> messageIds, Job afterwards) {
        wake(lanes.compute(chatId, (id, lane) -> {
            Lane existing = lane == null ? new Lane(id) : lane;
            queued.addAndGet(-existing.clearWaiting(existing.head()));
            existing.add(Job.deleteAll(id, messageIds));
            queued.incrementAndGet();
            if (afterwards != null) {
                existing.add(afterwards);
                queued.incrementAndGet();
            }
            return existing;
        }));
    }

    /** Starts draining a lane unless it is already being drained. */
    private void wake(Lane lane) {
        synchronized (lane) {
            if (lane.running) {
                return;
            }
            lane.running = true;
        }
        workers.execute(() -> drain(lane));
    }

    private void drain(Lane lane) {
        Job job = lane.head();
        if (job == null) {
            synchronized (lane) {
                lane.running = false;
            }
            // An idle lane is forgotten (with the chat id it holds); a job that raced in keeps it alive.
            lanes.computeIfPresent(lane.chatId, (id, current) -> current == lane && lane.isEmpty() ? null : current);
            if (!lane.isEmpty()) {
                wake(lane);
            }
            return;
        }
        long wait = job.paced() ? pacing(lane) : 0;
        if (wait > 0) {
            workers.schedule(() -> drain(lane), wait, TimeUnit.NANOSECONDS);
            return;
        }
        Outcome outcome = attempt(job, lane);
        long delay = 0;
        if (outcome.kind() == Outcome.Kind.DONE || !outcome.retry(job.idempotent()) || ++job.attempts >= settings.attempts()) {
            if (outcome.kind() != Outcome.Kind.DONE) {
                LOG.warn("Telegram call given up: {} after {} attempt(s)", outcome.kind(), job.attempts);
            }
            lane.pop();
            queued.decrementAndGet();
            if (job.paced()) {
                lane.nextSendNanos = System.nanoTime() + settings.perChat().toNanos();
            }
        } else {
            delay = outcome.kind() == Outcome.Kind.THROTTLED
                    ? TimeUnit.SECONDS.toNanos(outcome.retryAfterSeconds())
                    : settings.retryBase().toNanos() << Math.min(job.attempts - 1, 10);
        }
        workers.schedule(() -> drain(lane), delay, TimeUnit.NANOSECONDS);
    }

    private Outcome attempt(Job job, Lane lane) {
        try {
            job.run(client, lane);
            return Outcome.DONE;
        } catch (TelegramApiException | RuntimeException failure) {
            return Outcome.of(failure);
        }
    }

    /** Nanoseconds to wait before the lane's next message: its own pacing, then a global slot. */
    private long pacing(Lane lane) {
        long now = System.nanoTime();
        long chatWait = lane.nextSendNanos - now;
        if (chatWait > 0) {
            return chatWait;
        }
        if (lane.reservedNanos == 0) {
            lane.reservedNanos = nextGlobalNanos.updateAndGet(next -> Math.max(next, now) + globalIntervalNanos) - globalIntervalNanos;
        }
        long slotWait = lane.reservedNanos - now;
        if (slotWait <= 0) {
            lane.reservedNanos = 0;
            return 0;
        }
        return slotWait;
    }

    /** Waits until every lane is empty, for tests and orderly shutdown. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lanes.values().stream().allMatch(lane -> lane.isEmpty() && !lane.running)) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
