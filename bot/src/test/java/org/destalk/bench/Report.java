package org.destalk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, each beside its target, as a Markdown table. */
final class Report {

    private record Row(String measure, String result, String target, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String measure, String result, String target, Boolean met) {
        rows.add(new Row(measure, result, target, met));
    }

    void note(String note) {
        notes.add(note);
    }

    void latency(LoadDriver.Result run, String target, Double maxP99Millis) {
        Boolean met = maxP99Millis == null ? null : run.p99() / 1e6 < maxP99Millis && run.errors() == 0 && run.deferred() == 0;
        add(run.name(), String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.1f ms (%d requests, %d errors%s)", run.p50() / 1e6,
                run.p99() / 1e6, run.max() / 1e6, run.requests(), run.errors(), deferred(run)), target, met);
    }

    void throughput(LoadDriver.Result run, String target, Double atLeast) {
        Boolean met = atLeast == null ? null : run.perSecond() >= atLeast && run.errors() == 0;
        add(run.name(), String.format(Locale.ROOT, "%.0f answered/s, p50 %.2f ms, p99 %.2f ms, bot CPU %.0f µs an answer%s (%d errors%s)",
                run.perSecond(), run.p50() / 1e6, run.p99() / 1e6, run.cpuMicrosPerAnswer(), sending(run), run.errors(), deferred(run)), target, met);
    }

    private static String sending(LoadDriver.Result run) {
        return run.sendingCpu() == 0 ? "" : String.format(Locale.ROOT, ", of which %.0f µs sending the reply", run.sendingMicrosPerAnswer());
    }

    private static String deferred(LoadDriver.Result run) {
        return run.deferred() == 0 ? "" : String.format(Locale.ROOT, ", %d deferred with 503 while replies queued", run.deferred());
    }

    String markdown(String machine) {
        StringBuilder out = new StringBuilder();
        out.append("Measured on ").append(LocalDate.now()).append(", ").append(machine).append(".\n\n");
        out.append("| Measure | Result | Target | Met |\n|---|---|---|---|\n");
        for (Row row : rows) {
            String met = row.met() == null ? "" : row.met() ? "yes" : "**no**";
            out.append("| ").append(row.measure()).append(" | ").append(row.result()).append(" | ").append(row.target()).append(" | ")
                    .append(met).append(" |\n");
        }
        notes.forEach(note -> out.append("\n").append(note).append("\n"));
        return out.toString();
    }

    void publish(PrintStream console, Path file, String machine) throws IOException {
        String text = markdown(machine);
        console.println(text);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        console.println("Written to " + file);
    }
}
