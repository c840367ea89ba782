package org.destalk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The packaged bot, started as people start it (from the repository root) in a process of its own
 * with a 256 MB heap cap, so start-up and memory are measured as they would be in service.
 */
final class BotProcess implements AutoCloseable {

    static final String MAX_HEAP = "-Xmx256m";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HotSpot's thread names, as Linux keeps them (the first 15 characters). */
    private static final List<String> COMPILING = List.of("C1 CompilerThre", "C2 CompilerThre");
    private static final List<String> COLLECTING = List.of("GC Thread", "G1 ");
    private static final long TICK_NANOS = 10_000_000L;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final int port;
    final Duration startUp;
    private final Process process;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong longestPauseMicros = new AtomicLong();
    private volatile long fullCollectionsBefore;
    private volatile long fullCollectionsAfter;
    private volatile boolean sampling;

    private BotProcess(Process process, int port, Duration startUp) {
        this.process = process;
        this.port = port;
        this.startUp = startUp;
    }

    static BotProcess start(Launch launch, Path log, List<String> settings) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", MAX_HEAP));
        String diagnostics = System.getProperty("bench.jvm", ""); // e.g. -Dbench.jvm=-XX:+PrintClassHistogram
        if (!diagnostics.isBlank()) {
            command.addAll(List.of(diagnostics.trim().split("\\s+")));
        }
        command.addAll(launch.javaArguments());
        command.add("--server.port=" + port);
        command.addAll(settings);
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
        while (!answersPing(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The bot stopped while starting; see " + log);
            }
            if (System.nanoTime() - began > Duration.ofSeconds(60).toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("The bot did not start within a minute; see " + log);
            }
            Thread.sleep(10);
        }
        return new BotProcess(process, port, Duration.ofNanos(System.nanoTime() - began));
    }

    /** Samples the used heap every 200 ms until {@link #stopSampling()}; the peak is kept. */
    void startSampling() {
        sampling = true;
        fullCollectionsBefore = fullCollections();
        Thread sampler = new Thread(() -> {
            while (sampling) {
                peakHeap.accumulateAndGet(usedHeap(), Math::max);
                longestPauseMicros.accumulateAndGet(recentLongestPauseMicros(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stopSampling() {
        sampling = false;
        fullCollectionsAfter = fullCollections();
    }

    /**
     * CPU time the process has used so far: in all, as the operating system counts it, and for the
     * threads whose names start as in {@code sending}, the JIT's and the collector's, from /proc (in
     * ticks of 10 ms; 0 where there is no /proc).
     */
    Cpu cpu(List<String> sending) {
        long total = process.toHandle().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("No CPU time for the bot")).toNanos();
        Map<Long, Cpu.ThreadTime> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            tasks.forEach(task -> read(task, sending, threads));
        } catch (IOException | UncheckedIOException gone) {
            return new Cpu(total, Map.of());
        }
        return new Cpu(total, threads);
    }

    private static void read(Path task, List<String> sending, Map<Long, Cpu.ThreadTime> threads) {
        try {
            String name = Files.readString(task.resolve("comm"));
            Cpu.Kind kind = startsWithAny(name, sending) ? Cpu.Kind.SENDING : startsWithAny(name, COMPILING) ? Cpu.Kind.COMPILING
                    : startsWithAny(name, COLLECTING) ? Cpu.Kind.COLLECTING : null;
            if (kind == null) {
                return;
            }
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15 of stat
            threads.put(Long.parseLong(task.getFileName().toString()), new Cpu.ThreadTime(kind, ticks * TICK_NANOS));
        } catch (IOException ended) {
            // the thread ended while being read
        }
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        return prefixes.stream().anyMatch(name::startsWith);
    }

    long peakHeapBytes() {
        return peakHeap.get();
    }

    private long usedHeap() {
        return Math.max(0, metric("jvm.memory.used?tag=area:heap"));
    }

    /** The longest collector pause seen while sampling, in microseconds (the actuator keeps a maximum of the last minutes). */
    long longestPauseMicros() {
        return longestPauseMicros.get();
    }

    /** Collections of the whole heap while sampling (the collector's "major" ones); -1 when unknown. */
    long fullCollectionsWhileSampling() {
        return fullCollectionsBefore < 0 || fullCollectionsAfter < 0 ? -1 : fullCollectionsAfter - fullCollectionsBefore;
    }

    private long recentLongestPauseMicros() {
        return Math.max(0, Math.round(statistic("jvm.gc.pause", "MAX") * 1e6));
    }

    private long fullCollections() {
        return Math.round(statistic("jvm.gc.pause?tag=action:end%20of%20major%20GC", "COUNT"));
    }

    /**
     * A meter's first measurement: 0 for a counter that has not counted yet (the actuator answers 404 for
     * a meter it does not know), -1 when the actuator could not be asked, so that a broken endpoint is
     * never read as a count of zero.
     */
    long metric(String nameAndTags) {
        return Math.round(statistic(nameAndTags, null));
    }

    /** One statistic of a meter (the first when {@code statistic} is null), with the same 0 and -1 as {@link #metric}. */
    private double statistic(String nameAndTags, String statistic) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/" + nameAndTags))
                    .timeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return 0;
            }
            if (response.statusCode() != 200) {
                return -1;
            }
            for (JsonNode measurement : JSON.readTree(response.body()).path("measurements")) {
                if (statistic == null || statistic.equals(measurement.path("statistic").asText())) {
                    return measurement.path("value").asDouble();
                }
            }
            return -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static boolean answersPing(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping")).timeout(Duration.ofSeconds(1)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
