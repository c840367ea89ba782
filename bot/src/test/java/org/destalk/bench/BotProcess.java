package org.destalk.bench;

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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The packaged bot, started as people start it (from the repository root) in a process of its own
 * with a 256 MB heap cap, so start-up and memory are measured as they would be in service.
 */
final class BotProcess implements AutoCloseable {

    static final String MAX_HEAP = "-Xmx256m";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final int port;
    final Duration startUp;
    private final Process process;
    private final AtomicLong peakHeap = new AtomicLong();
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
        Thread sampler = new Thread(() -> {
            while (sampling) {
                peakHeap.accumulateAndGet(usedHeap(), Math::max);
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
    }

    /** CPU time the process has used so far, all threads, user and system, as the operating system counts it. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("No CPU time for the bot")).toNanos();
    }

    /**
     * CPU time so far of the bot's threads whose names start with one of {@code prefixes}, user and system, as
     * Linux counts it in /proc (in ticks of 10 ms); 0 where there is no /proc.
     */
    long threadCpuNanos(List<String> prefixes) {
        Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                ticks += ticksIfNamed(thread, prefixes);
            }
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
        return ticks * 10_000_000L;
    }

    private static long ticksIfNamed(Path thread, List<String> prefixes) {
        try {
            String name = Files.readString(thread.resolve("comm"));
            if (prefixes.stream().noneMatch(name::startsWith)) {
                return 0;
            }
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15 of stat
        } catch (IOException ended) {
            return 0; // the thread ended while being read
        }
    }

    long peakHeapBytes() {
        return peakHeap.get();
    }

    private long usedHeap() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                    .timeout(Duration.ofSeconds(2)).build();
            String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return JSON.readTree(body).path("measurements").path(0).path("value").asLong();
        } catch (IOException | InterruptedException e) {
            return 0;
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
