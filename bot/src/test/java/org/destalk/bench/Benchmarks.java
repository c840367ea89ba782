package org.destalk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.destalk.support.RedisFixture;

/**
 * The benchmark harness: JMH for the engine and language understanding, then the packaged bot under
 * load through HTTP, with the in-memory store and with Redis, against fake Telegram and Twilio APIs.
 * Run with {@code mvn -B -Pbench verify -DskipTests}; prints a table and writes it to a Markdown file.
 */
public final class Benchmarks {

    /**
     * Long enough for the JIT to finish on two cores: after 30 s it was still compiling in the measured
     * runs (about 1,500 methods in one 10 s run), and its work was billed to whatever ran.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final int RATE = 500;
    private static final int OK = 200;
    private static final int FORBIDDEN = 403;
    /**
     * The threads that send Telegram replies once the webhook has answered: TelegramOutbox's, and OkHttp's
     * own (connection-pool housekeeping and socket timeouts), which only the sending uses.
     */
    private static final List<String> SENDING_THREADS = List.of("telegram-outbox", "OkHttp", "Okio");
    /** Start-up varies by a few tenths of a second from one start to the next on a shared machine. */
    private static final int START_UPS = 3;
    private static final int PACED_CONNECTIONS = 16;
    private static final int GREEDY_CONNECTIONS = 8;
    /** Requests made before a run as fast as possible: more than the fastest run so far sends in {@link #RUN}. */
    private static final int GREEDY_PREPARED = 250_000;
    private static final int PACED_PREPARED = (int) (RATE * RUN.toSeconds());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Launch service = Launch.service(Path.of(args[0]));
        Launch singleJar = Launch.singleJar(Path.of(args[1]));
        Path output = Path.of(args[2]);
        Report report = new Report();
        if (!"load".equals(System.getProperty("bench.only"))) { // -Dbench.only=load skips JMH when iterating on load runs
            new CoreRun(report).run();
        }
        try (FakeApis apis = new FakeApis()) {
            startUp(service, output, apis, report, true);
            startUp(singleJar, output, apis, report, false);
            withMemoryStore(service, output, apis, report);
            withRedis(service, output, apis, report);
        }
        report.note("Load runs: " + RUN.toSeconds() + " s each after a " + WARM_UP.toSeconds() + " s warm-up, each started once the bot is idle; fixed-rate runs over "
                + PACED_CONNECTIONS + " connections with latency counted from when each request was due; throughput runs over "
                + GREEDY_CONNECTIONS + " connections. The load driver and the fake APIs share the machine with the bot.");
        report.publish(System.out, output, machine());
        System.exit(0);
    }

    /**
     * The median of a few starts, each with both channels on. The target is held against the service
     * layout, as the bot is started in service; the single jar is shown beside it for comparison.
     */
    private static void startUp(Launch launch, Path output, FakeApis apis, Report report, boolean heldToTarget) throws Exception {
        List<Duration> startUps = new ArrayList<>();
        for (int i = 0; i < START_UPS; i++) {
            try (BotProcess probe = BotProcess.start(launch, output.resolveSibling("bench-bot-start.log"), settings(apis, "memory", null))) {
                startUps.add(probe.startUp);
            }
        }
        startUps.sort(null);
        Duration median = startUps.get(startUps.size() / 2);
        String figure = seconds(median) + " (" + seconds(startUps.get(0)) + " to " + seconds(startUps.get(startUps.size() - 1)) + ")";
        String name = "Start-up to first answer, " + launch.name() + " (" + BotProcess.MAX_HEAP + "), median of " + START_UPS + " starts";
        if (heldToTarget) {
            report.add(name, figure, "≤ 5 s", median.compareTo(Duration.ofSeconds(5)) <= 0);
        } else {
            report.add(name, figure, "", null);
        }
    }

    private static void withMemoryStore(Launch launch, Path output, FakeApis apis, Report report) throws Exception {
        try (BotProcess bot = BotProcess.start(launch, output.resolveSibling("bench-bot-memory.log"), settings(apis, "memory", null))) {
            LoadDriver load = new LoadDriver(bot.port, () -> bot.cpu(SENDING_THREADS));
            bot.startSampling();
            warmUp(load);
            LoadDriver.Result ping = greedy(load, "Trivial endpoint (GET /ping), as fast as possible", Traffic::ping);
            LoadDriver.Result forged = greedy(load, "Forged Twilio webhook (form read, signature refused with 403), as fast as possible",
                    Traffic::forgedTwilio, FORBIDDEN);
            LoadDriver.Result telegram = greedy(load, "Telegram webhook turn, memory store, as fast as possible", Traffic::telegram);
            LoadDriver.Result sms = greedy(load, "Twilio webhook turn, memory store, as fast as possible", Traffic::twilio);
            report.throughput(ping, "", null);
            report.throughput(forged, "", null);
            report.throughput(telegram, "≥ 2,000/s", 2000.0);
            report.throughput(sms, "≥ 2,000/s", 2000.0);
            report.costRatios(ping, telegram, "Telegram");
            report.costRatios(ping, sms, "Twilio");
            report.exchangeRatio(ping, forged);
            report.latency(paced(load, "Trivial endpoint at 500/s", Traffic::ping), "", null);
            report.latency(paced(load, "Telegram webhook turn, memory store, at 500/s", Traffic::telegram), "p99 < 5 ms", 5.0);
            report.latency(paced(load, "Twilio webhook turn, memory store, at 500/s", Traffic::twilio), "p99 < 5 ms", 5.0);
            bot.stopSampling();
            heap(report, bot, "memory store");
            pauses(report, bot, "memory store");
            withoutSession(report, bot, "memory store");
        }
    }

    private static void withRedis(Launch launch, Path output, FakeApis apis, Report report) throws Exception {
        RedisFixture redis = RedisFixture.embedded();
        try (BotProcess bot = BotProcess.start(launch, output.resolveSibling("bench-bot-redis.log"), settings(apis, "redis", redis.url()))) {
            LoadDriver load = new LoadDriver(bot.port, () -> bot.cpu(SENDING_THREADS));
            bot.startSampling();
            warmUp(load);
            LoadDriver.Result telegram = paced(load, "Telegram webhook turn, Redis, at 500/s", Traffic::telegram);
            LoadDriver.Result sms = paced(load, "Twilio webhook turn, Redis, at 500/s", Traffic::twilio);
            report.latency(telegram, "p99 < 5 ms", 5.0);
            report.latency(sms, "p99 < 5 ms", 5.0);
            report.throughput(greedy(load, "Telegram webhook turn, Redis, as fast as possible", Traffic::telegram), "", null);
            report.throughput(greedy(load, "Twilio webhook turn, Redis, as fast as possible", Traffic::twilio), "", null);
            bot.stopSampling();
            heap(report, bot, "Redis");
            pauses(report, bot, "Redis");
            withoutSession(report, bot, "Redis");
            new RedisFootprint(redis.url()).reportTo(report);
        } finally {
            redis.close();
        }
    }

    private static LoadDriver.Result greedy(LoadDriver load, String name, Supplier<LongFunction<byte[]>> kind) throws InterruptedException {
        return greedy(load, name, kind, OK);
    }

    /**
     * A run as fast as the bot answers, once the bot is idle: a Telegram run ends with replies still
     * queued, and their sending would otherwise be billed to the next run.
     */
    private static LoadDriver.Result greedy(LoadDriver load, String name, Supplier<LongFunction<byte[]>> kind, int expectedStatus)
            throws InterruptedException {
        load.awaitIdleBot();
        return load.asFastAsPossible(name, Traffic.prepared(kind.get(), GREEDY_PREPARED), expectedStatus, GREEDY_CONNECTIONS, RUN);
    }

    /** A run at {@link #RATE}, once the bot is idle. */
    private static LoadDriver.Result paced(LoadDriver load, String name, Supplier<LongFunction<byte[]>> kind) throws InterruptedException {
        load.awaitIdleBot();
        return load.atFixedRate(name, Traffic.prepared(kind.get(), PACED_PREPARED), RATE, PACED_CONNECTIONS, RUN);
    }

    private static void warmUp(LoadDriver load) throws InterruptedException {
        load.asFastAsPossible("warm-up", Traffic.mixed(Traffic.ping(), Traffic.telegram(), Traffic.twilio()), GREEDY_CONNECTIONS, WARM_UP);
    }

    private static void heap(Report report, BotProcess bot, String store) {
        long megabytes = bot.peakHeapBytes() / (1024 * 1024);
        report.add("Peak used heap under load, " + store + " (cap " + BotProcess.MAX_HEAP + ")", megabytes + " MB", "< 256 MB",
                megabytes > 0 && megabytes < 256);
    }

    /** How long the collector stopped the bot at worst, and how often it collected the whole heap under load. */
    private static void pauses(Report report, BotProcess bot, String store) {
        long full = bot.fullCollectionsWhileSampling();
        report.add("Longest garbage-collection pause, from start-up through the load runs, " + store, String.format(Locale.ROOT, "%.1f ms (%s)",
                bot.longestPauseMicros() / 1000.0, full < 0 ? "full collections unknown" : full + " full collections"), "", null);
    }

    /**
     * A person the store cannot take (the in-memory store full, Redis unreachable) is answered without a
     * session, a cheaper path than a turn: any such answer means the runs did not measure full turns only.
     */
    private static void withoutSession(Report report, BotProcess bot, String store) {
        long count = bot.metric("destalk.store.unavailable");
        report.add("Messages answered without a session (store full or unreachable), " + store,
                count < 0 ? "unknown: the actuator did not answer" : String.valueOf(count), "0", count == 0);
    }

    /** Both channels on; the fake Telegram API has no rate limit, so the bot's own limit of 30/s is lifted. */
    private static List<String> settings(FakeApis apis, String store, String redisUrl) {
        List<String> settings = new ArrayList<>(List.of("--bot.session.store=" + store,
                "--bot.telegram.token=123456:BENCHMARK", "--bot.telegram.api-url=" + apis.telegramUrl(),
                "--bot.telegram.webhook-url=https://bot.example.org/telegram/webhook", "--bot.telegram.webhook-secret=" + Traffic.TELEGRAM_SECRET,
                "--bot.telegram.per-chat=0ms", "--bot.telegram.per-second=1000000",
                "--bot.sms.twilio.account-sid=" + Traffic.TWILIO_ACCOUNT, "--bot.sms.twilio.auth-token=" + Traffic.TWILIO_TOKEN,
                "--bot.sms.twilio.public-url=" + Traffic.TWILIO_URL, "--bot.sms.twilio.status-url=https://bot.example.org/sms/twilio/status",
                "--bot.sms.twilio.from=+15005550006", "--bot.sms.twilio.api-url=" + apis.twilioUrl()));
        if (redisUrl != null) {
            settings.add("--bot.session.redis.url=" + redisUrl);
        }
        return settings;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
